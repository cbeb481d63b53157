package fr.resilience360.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** The readiness probe's observatory part: out of service until the first load has finished, then up for good. */
class FirstLoadHealthIndicatorTest {

    private final ImportProgress progress = new ImportProgress();
    private final FirstLoadHealthIndicator health = new FirstLoadHealthIndicator(progress);

    @Test
    void isOutOfServiceBeforeAndDuringTheFirstLoad() {
        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(health.health().getDetails().get("chargement")).isEqualTo("pas encore commencé");

        progress.start();

        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat((String) health.health().getDetails().get("chargement")).startsWith("jeux de données fournis");
    }

    @Test
    void isUpOnceTheFirstLoadHasFinishedEvenDuringALaterOne() {
        progress.start();
        progress.finish();

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        progress.start();

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }
}
