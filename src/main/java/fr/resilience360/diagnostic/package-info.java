/**
 * Scores a territory's answers against a referential (Diag360 v1.3.5 by default) exactly like the official workbook,
 * with weighting profiles, curve shapes, relative thresholds and Excel import/export (plain Java, no Spring, in the
 * root package and {@code workbook}); and pre-fills a diagnostic with the observatory's open data ({@code prefill}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "referential", "territory", "observatory"})
package fr.resilience360.diagnostic;
