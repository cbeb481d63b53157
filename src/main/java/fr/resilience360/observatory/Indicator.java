package fr.resilience360.observatory;

import java.util.List;

/**
 * An indicator of the catalogue. {@code weight} is the indicator (or {@code population}) weighting a
 * {@link AggregationRule#MOYENNE_PONDEREE} or dividing a {@link AggregationRule#RATIO}; {@code components} are the
 * numerator of a ratio or the flags counted by {@link AggregationRule#NOMBRE_FAMILLES}.
 */
public record Indicator(
        String id,
        String label,
        String definition,
        String unit,
        int decimals,
        String theme,
        ActorType actorType,
        AggregationRule aggregation,
        String weight,
        List<String> components,
        Double ratioFactor,
        Boolean higherIsBetter,
        boolean context,
        String datasetId) {}
