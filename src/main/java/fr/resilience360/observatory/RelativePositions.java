package fr.resilience360.observatory;

import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Where a territory stands among the territories of its level for an indicator: the national distribution
 * (quantiles with linear interpolation, as QUANTILE.INC and the scoring engine's relative bornage), its percentile
 * and rank, and its peers (same type and nature, in the same département — the same région for départements).
 * Distributions, ranks and percentiles are computed at each recompute and read here by key.
 */
@Service
public class RelativePositions {

    private final PositionRepository repository;
    private final Observatory observatory;
    private final TerritoryDirectory directory;

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
        return repository.distribution(indicatorId, period, level);
    }

    /** How many territories of a level have a value. */
    public int count(String indicatorId, ObservationPeriod period, TerritoryType level) {
        return repository.count(indicatorId, period, level);
    }

    /** The values of a level in ascending order, for the scoring engine's relative bornage and histograms. */
    public double[] sortedValues(String indicatorId, ObservationPeriod period, TerritoryType level) {
        return repository.sortedValues(indicatorId, period, level);
    }

    /** The positions of a territory for the latest period of every indicator it has a value for, by indicator id. */
    public Map<String, Position> positions(TerritorySummary territory) {
        return repository.latestPositions(territory.id()).stream()
                .collect(Collectors.toMap(Position::indicatorId, Function.identity()));
    }

    public Optional<Position> position(TerritorySummary territory, String indicatorId, ObservationPeriod period) {
        return repository.position(territory.id(), indicatorId, period);
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
}
