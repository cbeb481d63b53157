package fr.resilience360.observatory;

import java.util.List;

/** One value with its provenance: method, coverage (share of population covered when aggregated), flags, dataset. */
public record IndicatorValue(
        String territoryId,
        String indicatorId,
        ObservationPeriod period,
        ActorType actorType,
        double value,
        ValueMethod method,
        String methodDetail,
        Double coverage,
        List<String> flags,
        String datasetId) {}
