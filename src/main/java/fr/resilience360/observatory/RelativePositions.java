package fr.resilience360.observatory;

import fr.resilience360.shared.PerVersion;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Where a territory stands among the territories of its level for an indicator: the national distribution
 * (quantiles with linear interpolation, as QUANTILE.INC and the scoring engine's relative bornage), its percentile
 * and rank, and its peers (same type and nature, in the same département — the same région for départements).
 * The sorted values and distribution of every indicator, level and period are computed at each recompute, read by key
 * once per data version and kept in memory; a rank or percentile is then a binary search.
 */
@Service
public class RelativePositions {

    private final PositionRepository repository;
    private final Observatory observatory;
    private final TerritoryDirectory directory;
    /** The sorted values read for the current data version, by level; a level known to have no value maps to empty. */
    private final PerVersion<Map<PositionRepository.Level, Optional<LevelValues>>> cache = new PerVersion<>();

    RelativePositions(PositionRepository repository, Observatory observatory, TerritoryDirectory directory) {
        this.repository = repository;
        this.observatory = observatory;
        this.directory = directory;
    }

    /** The distribution of an indicator at one level; quantiles at 10, 25, 50, 75 and 90 %. */
    public record Distribution(
            int count,
            double min,
            double q10,
            double q25,
            double median,
            double q75,
            double q90,
            double max,
            double mean) {}

    /**
     * A territory's position: rank 1 is the highest value; percentile is the share of the level's territories below
     * it (ties counting half), from 0 to 100.
     */
    public record Position(
            String indicatorId, ObservationPeriod period, double value, int rank, int count, double percentile) {}

    public record Peer(String id, String name, double value, int rank) {}

    public Optional<Distribution> distribution(String indicatorId, ObservationPeriod period, TerritoryType level) {
        return levelValues(indicatorId, period, level).map(LevelValues::distribution);
    }

    /** How many territories of a level have a value. */
    public int count(String indicatorId, ObservationPeriod period, TerritoryType level) {
        return distribution(indicatorId, period, level).map(Distribution::count).orElse(0);
    }

    /** The values of a level in ascending order, for the scoring engine's relative bornage and histograms. */
    public double[] sortedValues(String indicatorId, ObservationPeriod period, TerritoryType level) {
        return levelValues(indicatorId, period, level)
                .map(l -> l.sorted().clone())
                .orElse(new double[0]);
    }

    /** The positions of a territory for the latest period of every indicator it has a value for, by indicator id. */
    public Map<String, Position> positions(TerritorySummary territory) {
        return positions(territory, observatory.latestOfTerritory(territory.id()));
    }

    /** The positions of these values of a territory (those of {@link Observatory#latestOfTerritory}), by indicator id. */
    public Map<String, Position> positions(TerritorySummary territory, List<IndicatorValue> values) {
        List<IndicatorValue> latest = values;
        Map<PositionRepository.Level, LevelValues> levels = levels(latest.stream()
                .map(v -> new PositionRepository.Level(v.indicatorId(), v.period(), territory.type()))
                .toList());
        Map<String, Position> positions = new HashMap<>();
        for (IndicatorValue v : latest) {
            LevelValues level = levels.get(new PositionRepository.Level(v.indicatorId(), v.period(), territory.type()));
            if (level != null) positions.put(v.indicatorId(), level.position(v.indicatorId(), v.period(), v.value()));
        }
        return positions;
    }

    public Optional<Position> position(TerritorySummary territory, String indicatorId, ObservationPeriod period) {
        return observatory
                .value(territory.id(), indicatorId, period)
                .flatMap(v -> levelValues(indicatorId, period, territory.type())
                        .map(level -> level.position(indicatorId, period, v.value())));
    }

    /** Territories of the same type and nature sharing the territory's département (région for a département). */
    public List<Peer> peers(TerritorySummary territory, String indicatorId, ObservationPeriod period) {
        Map<String, TerritorySummary> peers = directory.peers(territory).stream()
                .collect(Collectors.toMap(TerritorySummary::id, Function.identity()));
        List<Map.Entry<String, Double>> values =
                observatory.valuesOf(peers.keySet(), indicatorId, period).entrySet().stream()
                        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                                .thenComparing(Map.Entry.comparingByKey()))
                        .toList();
        return values.stream()
                .map(e ->
                        new Peer(e.getKey(), peers.get(e.getKey()).name(), e.getValue(), rankOf(values, e.getValue())))
                .toList();
    }

    /** rank() over (order by value desc): 1 + the number of strictly higher values. */
    private static int rankOf(List<Map.Entry<String, Double>> descending, double value) {
        int higher = 0;
        while (higher < descending.size() && descending.get(higher).getValue() > value) higher++;
        return higher + 1;
    }

    private Optional<LevelValues> levelValues(String indicatorId, ObservationPeriod period, TerritoryType type) {
        PositionRepository.Level level = new PositionRepository.Level(indicatorId, period, type);
        return Optional.ofNullable(levels(List.of(level)).get(level));
    }

    /** The sorted values of these levels: from memory when read for the current data version, else in one query. */
    private Map<PositionRepository.Level, LevelValues> levels(Collection<PositionRepository.Level> wanted) {
        Map<PositionRepository.Level, Optional<LevelValues>> known =
                cache.get(observatory.version(), ConcurrentHashMap::new);
        List<PositionRepository.Level> missing =
                wanted.stream().filter(l -> !known.containsKey(l)).distinct().toList();
        if (!missing.isEmpty()) {
            Map<PositionRepository.Level, LevelValues> read = repository.levels(missing);
            missing.forEach(l -> known.put(l, Optional.ofNullable(read.get(l))));
        }
        Map<PositionRepository.Level, LevelValues> found = new HashMap<>();
        wanted.forEach(l -> known.getOrDefault(l, Optional.empty()).ifPresent(v -> found.put(l, v)));
        return found;
    }
}
