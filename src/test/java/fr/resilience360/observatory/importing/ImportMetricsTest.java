package fr.resilience360.observatory.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The imports' counters: datasets loaded and values they brought, by dataset. */
class ImportMetricsTest {

    @Test
    void countsEachLoadedDatasetAndItsValuesUnderItsId() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ImportMetrics metrics = new ImportMetrics(registry);

        metrics.imported(new DatasetImports.Report("insee-bpe", 120, 100, 0, List.of()));
        metrics.imported(new DatasetImports.Report("insee-bpe", 120, 100, 0, List.of()));
        metrics.imported(new DatasetImports.Report("ssmsi-2024", 10, 7, 1, List.of("99999")));

        assertThat(registry.counter(ImportMetrics.DATASETS, "dataset", "insee-bpe")
                        .count())
                .isEqualTo(2);
        assertThat(registry.counter(ImportMetrics.VALUES, "dataset", "insee-bpe")
                        .count())
                .isEqualTo(200);
        assertThat(registry.counter(ImportMetrics.VALUES, "dataset", "ssmsi-2024")
                        .count())
                .isEqualTo(7);
    }
}
