package fr.resilience360.diagnostic;

import java.util.List;

/**
 * The scores of one territory against one referential: a note per row (in the grid's order), a score per need,
 * per need category and per objective, the completion rate, and the answers that could not be scored.
 *
 * @param weightingProfile the name of the profile that produced the scores
 * @param completion rows answered / all rows (the workbook's « Avancement »)
 */
public record Diagnostic(
        String referentialId,
        String weightingProfile,
        double completion,
        List<IndicatorNote> indicators,
        List<NeedScore> needs,
        List<GroupScore> categories,
        List<GroupScore> objectives,
        List<Anomaly> anomalies) {}
