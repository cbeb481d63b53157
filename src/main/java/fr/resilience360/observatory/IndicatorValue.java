package fr.resilience360.observatory;

import java.util.List;

/**
 * One value of an indicator for a territory and a period, with its provenance.
 *
 * @param key what the value describes: territory, indicator, period and actor type
 * @param provenance how it was obtained: method, coverage, quality flags and dataset
 */
public record IndicatorValue(Key key, double value, Provenance provenance) {

    /** What a value describes; unique in the observatory. */
    public record Key(String territoryId, String indicatorId, ObservationPeriod period, ActorType actorType) {}

    /**
     * How a value was obtained. {@code coverage}: share of the territory's population covered by the communes with a
     * value, when aggregated; {@code flags}: quality flags ({@code lisse}, {@code couverture_partielle}).
     */
    public record Provenance(
            ValueMethod method, String methodDetail, Double coverage, List<String> flags, String datasetId) {

        public Provenance {
            flags = List.copyOf(flags);
        }
    }

    public String territoryId() {
        return key.territoryId();
    }

    public String indicatorId() {
        return key.indicatorId();
    }

    public ObservationPeriod period() {
        return key.period();
    }

    public ValueMethod method() {
        return provenance.method();
    }

    public String methodDetail() {
        return provenance.methodDetail();
    }

    public Double coverage() {
        return provenance.coverage();
    }

    public List<String> flags() {
        return provenance.flags();
    }

    public String datasetId() {
        return provenance.datasetId();
    }
}
