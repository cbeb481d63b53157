/**
 * Comparison of a territory's need scores with a reference territory and with similar territories: every territory's
 * Diagnostic 360° pre-filled with open data, scored once per data version (when the observatory recomputes, and at
 * start when stale) into this module's schema ({@code comparison}), with the quartiles of each group of similar territories (same
 * level, EPCI nature, density class, département or région); pages and the API read them by key. Rules:
 * {@code docs/comparisons.md}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "territory",
            "territory::typology",
            "referential",
            "diagnostic",
            "diagnostic::prefill",
            "observatory"
        })
package fr.resilience360.comparison;
