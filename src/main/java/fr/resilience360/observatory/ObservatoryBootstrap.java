package fr.resilience360.observatory;

import fr.resilience360.observatory.aggregation.Recomputation;
import fr.resilience360.observatory.importing.DatasetImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start of the server or of any command, loads every bundled dataset, then recomputes aggregates; later
 * starts skip the datasets whose bundled version is already loaded. Runs after the division (order 10).
 */
@Component
@Order(20)
class ObservatoryBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ObservatoryBootstrap.class);

    private final DatasetImports imports;
    private final Recomputation recomputation;

    ObservatoryBootstrap(DatasetImports imports, Recomputation recomputation) {
        this.imports = imports;
        this.recomputation = recomputation;
    }

    @Override
    public void run(ApplicationArguments args) {
        var pending =
                imports.bundled().stream().filter(b -> !imports.isUpToDate(b)).toList();
        if (pending.isEmpty()) {
            if (!recomputation.isUpToDate()) recomputation.recomputeAll(log::info);
            return;
        }
        log.info("Observatoire : chargement de {} jeux de données fournis", pending.size());
        int n = 0;
        for (var bundled : pending) {
            log.info(
                    "[{}/{}] {}",
                    ++n,
                    pending.size(),
                    bundled.mapping().dataset().title());
            imports.importBundled(bundled, log::info);
        }
        recomputation.recomputeAll(log::info);
    }
}
