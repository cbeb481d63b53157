package fr.resilience360.observatory;

import java.util.List;

/**
 * An indicator of the catalogue: what it measures and how its communes' values make a larger territory's value.
 *
 * @param datasetId the dataset that publishes it
 */
public record Indicator(String id, Description description, Aggregation aggregation, String datasetId) {

    /**
     * What an indicator measures, as shown to users. {@code higherIsBetter} is null when neither direction is better;
     * a {@code context} indicator describes the territory rather than its resilience.
     */
    public record Description(
            String label,
            String definition,
            String unit,
            int decimals,
            String theme,
            ActorType actorType,
            Boolean higherIsBetter,
            boolean context) {}

    /**
     * How communes' values are aggregated. {@code weight} is the indicator (or {@code population}) weighting a
     * {@link AggregationRule#MOYENNE_PONDEREE} or dividing a {@link AggregationRule#RATIO}; {@code components} are the
     * numerator of a ratio or the flags counted by {@link AggregationRule#NOMBRE_FAMILLES}.
     */
    public record Aggregation(AggregationRule rule, String weight, List<String> components, Double ratioFactor) {

        public Aggregation {
            components = List.copyOf(components);
        }
    }

    public String label() {
        return description.label();
    }

    public String definition() {
        return description.definition();
    }

    public String unit() {
        return description.unit();
    }

    public int decimals() {
        return description.decimals();
    }

    public String theme() {
        return description.theme();
    }

    public ActorType actorType() {
        return description.actorType();
    }
}
