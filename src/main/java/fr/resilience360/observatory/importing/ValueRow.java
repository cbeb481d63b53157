package fr.resilience360.observatory.importing;

import java.util.List;

/** A value ready to be stored (see table {@code observatory.indicator_value}). */
public record ValueRow(
        String indicatorId,
        String period,
        String periodKind,
        String actorType,
        String territoryId,
        double value,
        String method,
        String methodDetail,
        Double coverage,
        List<String> flags,
        String datasetId) {}
