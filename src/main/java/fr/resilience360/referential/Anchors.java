package fr.resilience360.referential;

/**
 * The values of a numeric row scored 0, 0.5 and 1 (workbook columns M, N, O). Any of them may be absent, as in the
 * workbook; the thresholds actually used are derived by the scoring rules.
 */
public record Anchors(Double zero, Double half, Double one) {}
