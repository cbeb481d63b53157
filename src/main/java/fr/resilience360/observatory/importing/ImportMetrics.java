package fr.resilience360.observatory.importing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The imports' metrics ({@code /actuator/prometheus}): {@value #DATASETS} counts the datasets loaded by this process
 * and {@value #VALUES} the values they brought, both by dataset ({@code dataset} tag, the dataset's id). Counted once
 * the dataset's values are written (its transaction committed).
 */
@Component
class ImportMetrics {

    static final String DATASETS = "resilience360.imports.datasets";
    static final String VALUES = "resilience360.imports.values";

    private final MeterRegistry registry;

    ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void imported(DatasetImports.Report report) {
        Counter.builder(DATASETS)
                .description("Jeux de données chargés dans l'observatoire")
                .tag("dataset", report.dataset())
                .register(registry)
                .increment();
        Counter.builder(VALUES)
                .description("Valeurs d'indicateurs importées")
                .tag("dataset", report.dataset())
                .register(registry)
                .increment(report.values());
    }
}
