/**
 * Scores a territory's answers against a referential (Diag360 v1.3.5 by default) exactly like the official workbook,
 * with weighting profiles, curve shapes, relative thresholds and Excel import/export.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "referential"})
package fr.resilience360.diagnostic;
