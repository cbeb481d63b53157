package fr.resilience360.observatory;

import fr.resilience360.observatory.aggregation.Recomputation;
import fr.resilience360.observatory.area.AreaExposure;
import fr.resilience360.observatory.importing.DatasetImports;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start of the server or of any command, loads every bundled dataset and registers the climate grid, then
 * recomputes aggregates; later starts skip the datasets whose bundled version is already loaded, and the grid unless it
 * or the boundaries changed. Runs after the division (order 10).
 */
@Component
@Order(20)
class ObservatoryBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ObservatoryBootstrap.class);

    private final DatasetImports imports;
    private final Recomputation recomputation;
    private final ImportProgress progress;
    private final AreaExposure area;

    ObservatoryBootstrap(
            DatasetImports imports, Recomputation recomputation, ImportProgress progress, AreaExposure area) {
        this.imports = imports;
        this.recomputation = recomputation;
        this.progress = progress;
        this.area = area;
    }

    private static boolean feedsOthers(DatasetImports.Bundled b) {
        return b.mapping().indicators().stream().anyMatch(i -> Boolean.TRUE.equals(i.external()));
    }

    @Override
    public void run(ApplicationArguments args) {
        progress.start();
        try {
            load(progress.track(log::info));
        } finally {
            progress.finish();
        }
    }

    private void load(Consumer<String> out) {
        var pending =
                imports.bundled().stream().filter(b -> !imports.isUpToDate(b)).toList();
        boolean grid = !area.isUpToDate();
        if (pending.isEmpty() && !grid) {
            if (!recomputation.isUpToDate()) recomputation.recomputeAll(out);
            return;
        }
        out.accept("Observatoire : chargement de " + pending.size() + " jeux de données fournis");
        ParallelImports parallel = new ParallelImports(b -> imports.importBundled(b, out), pending.size(), out);
        // a dataset feeding indicators of another (external) needs them in the catalogue: it comes after the others
        parallel.run(pending.stream().filter(b -> !feedsOthers(b)).toList());
        parallel.run(pending.stream().filter(ObservatoryBootstrap::feedsOthers).toList());
        if (grid) area.register(out);
        recomputation.recomputeAll(out);
    }
}
