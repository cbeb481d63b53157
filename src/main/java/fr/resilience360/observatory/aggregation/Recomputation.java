package fr.resilience360.observatory.aggregation;

import fr.resilience360.database.ClusterLocks;
import fr.resilience360.observatory.AggregationRule;
import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.observatory.IndicatorValuesRecomputed;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.observatory.area.AreaExposure;
import fr.resilience360.observatory.importing.ValueRepository;
import fr.resilience360.shared.DatasetLoads;
import fr.resilience360.territory.TerritoryDirectory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Recomputes every value that is not published (see {@link ComputedValues}; area means of the climate grid, see
 * {@link AreaExposure}), then the positions and distributions of
 * every level, in one transaction: readers see the old or the new values. Then publishes
 * {@link IndicatorValuesRecomputed}, for the modules that derive data from the values.
 */
@Service
public class Recomputation {

    static final String AGGREGATES = Observatory.LOAD_PREFIX + "aggregates";

    private final AggregationRepository repository;
    private final ValueRepository values;
    private final DatasetLoads loads;
    private final TerritoryDirectory directory;
    private final AreaExposure area;
    private final ApplicationEventPublisher events;
    private final ClusterLocks locks;

    Recomputation(
            AggregationRepository repository,
            ValueRepository values,
            DatasetLoads loads,
            TerritoryDirectory directory,
            AreaExposure area,
            ApplicationEventPublisher events,
            ClusterLocks locks) {
        this.repository = repository;
        this.values = values;
        this.loads = loads;
        this.directory = directory;
        this.area = area;
        this.events = events;
        this.locks = locks;
    }

    /** Whether the aggregates were computed from the datasets now loaded (their ids and versions). */
    public boolean isUpToDate() {
        return loads.isLoaded(AGGREGATES, repository.inputsVersion());
    }

    public record Summary(int indicators, int values, long millis) {}

    /** Recomputes everything; one recompute at a time for all the instances of the application on the database. */
    public Summary recomputeAll(Consumer<String> progress) {
        return locks.runExclusively("observatory.recompute", () -> recomputeNow(progress));
    }

    private Summary recomputeNow(Consumer<String> progress) {
        long start = System.currentTimeMillis();
        progress.accept("Recalcul des agrégats : lecture du découpage");
        CommuneGrid grid = CommuneGrid.of(directory);
        List<AggregationRepository.Catalogued> catalogue = repository.catalogue();
        Map<String, CommuneValues> cache = new HashMap<>();
        ComputedValues computed = new ComputedValues(
                grid,
                repository.publishedAboveCommunes(),
                AggregationRepository.labels(catalogue),
                id -> cache.computeIfAbsent(id, k -> repository.communeValues(k, grid)));
        int done = 0;
        for (var c : catalogue) {
            if (AggregationDetails.aggregates(c.rule())) computed.aggregate(c);
            if (++done % 25 == 0) progress.accept("  " + done + "/" + catalogue.size() + " indicateurs agrégés");
        }
        for (var c : catalogue) {
            if (c.rule() == AggregationRule.RATIO) computed.ratio(c);
            if (c.rule() == AggregationRule.NOMBRE_FAMILLES) computed.families(c);
        }
        List<IndicatorValue> rows = new ArrayList<>(computed.rows());
        if (catalogue.stream().anyMatch(c -> c.rule() == AggregationRule.MOYENNE_SURFACIQUE))
            rows.addAll(area.compute(progress));
        progress.accept("  écriture de " + rows.size() + " valeurs agrégées ou calculées, rangs et centiles");
        values.replaceComputed(rows, AGGREGATES, repository.inputsVersion());
        long millis = System.currentTimeMillis() - start;
        progress.accept("Recalcul terminé : " + rows.size() + " valeurs en " + millis / 1000.0 + " s");
        long maintenance = System.currentTimeMillis();
        values.maintain();
        progress.accept("Maintenance des tables de valeurs (VACUUM ANALYZE) : "
                + (System.currentTimeMillis() - maintenance) / 1000.0 + " s");
        events.publishEvent(new IndicatorValuesRecomputed(catalogue.size(), rows.size(), millis));
        return new Summary(catalogue.size(), rows.size(), millis);
    }
}
