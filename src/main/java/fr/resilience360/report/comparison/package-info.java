/**
 * Comparison of a territory's need scores with a reference territory and with similar territories: every territory's
 * Diagnostic 360° pre-filled with open data, scored once per data version (when the observatory recomputes, and at
 * start when stale) into the {@code report} schema, with the quartiles of each group of similar territories (same
 * level, EPCI nature, density class, département or région); pages and the API read them by key. Rules:
 * {@code docs/comparisons.md}.
 */
@org.springframework.modulith.NamedInterface("comparison")
package fr.resilience360.report.comparison;
