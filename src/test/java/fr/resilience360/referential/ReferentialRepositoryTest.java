package fr.resilience360.referential;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The referential files are in schema {@code referential} after start, and storing them again changes nothing. */
@IntegrationTest
class ReferentialRepositoryTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void storesTheDiag360GridAtStartIdempotently() {
        assertThat(count("SELECT count(*) FROM referential.need WHERE referential_id = 'diag360-1.3.5'"))
                .isEqualTo(11);
        assertThat(count("SELECT count(*) FROM referential.indicator_row WHERE referential_id = 'diag360-1.3.5'"))
                .isEqualTo(124);

        context.publishEvent(new org.springframework.boot.context.event.ApplicationStartedEvent(
                new org.springframework.boot.SpringApplication(),
                new String[0],
                (org.springframework.context.ConfigurableApplicationContext) context,
                java.time.Duration.ZERO));

        assertThat(count("SELECT count(*) FROM referential.indicator_row WHERE referential_id = 'diag360-1.3.5'"))
                .isEqualTo(124);
        assertThat(count("SELECT count(*) FROM referential.indicator_row WHERE id = 'bv1_i03'"))
                .isEqualTo(11);
        assertThat(jdbc.sql("SELECT attribution FROM referential.referential WHERE id = 'diag360-1.3.5'")
                        .query(String.class)
                        .single())
                .isEqualTo("Diag360 — Konsilion, CC BY-NC-SA 3.0 FR");
    }
}
