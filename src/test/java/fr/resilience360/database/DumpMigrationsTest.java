package fr.resilience360.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.shared.CommandException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DumpMigrationsTest {

    private static final String SCRIPT = """
            SET client_encoding = 'UTF8';
            COPY public.flyway_schema_history (installed_rank, version, description, type, script, checksum, \
            installed_by, installed_on, execution_time, success) FROM stdin;
            1\t0.1\tshared create dataset load\tSQL\tV0_1__shared_create_dataset_load.sql\t1\tpostgres\t2026-01-01\t5\tt
            2\t1\tterritory create tables\tSQL\tV1__territory_create_tables.sql\t1\tpostgres\t2026-01-01\t5\tt
            3\t2\tfailed\tSQL\tV2__x.sql\t1\tpostgres\t2026-01-01\t5\tf
            \\.
            """;

    @Test
    void readsTheVersionsAppliedInTheDumpsFlywayHistory() {
        assertThat(DumpMigrations.inRestoreScript(SCRIPT)).containsExactly("0.1", "1");
    }

    @Test
    void theApplicationsMigrationsAreReadFromTheClasspath() throws Exception {
        assertThat(DumpMigrations.ofApplication()).contains("0.1", "1", "40", "90");
    }

    @Test
    void anOlderDumpIsAcceptedANewerOneRefused() {
        assertThatCode(() -> DumpMigrations.requireKnown(Set.of("0.1", "1"), Set.of("0.1", "1", "2")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> DumpMigrations.requireKnown(Set.of("1", "300"), Set.of("1")))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("version plus récente de Résilience 360")
                .hasMessageContaining("300");
    }
}
