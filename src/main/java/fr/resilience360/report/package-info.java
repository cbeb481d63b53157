/**
 * Portraits of a territory: its Diagnostic 360° pre-filled with the observatory's open data (radar of the needs,
 * indicator detail, strengths and weaknesses, sources), on the web and as a Diag360 workbook to complete; its need
 * scores compared with a reference territory and with the quartiles of similar territories (module {@code comparison}).
 * Sub-package {@code cahier}: the cahiers per type of territory and the KAART alert kit (issue 13, items 2 and 3;
 * {@code docs/reports.md}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "territory",
            "territory::typology",
            "referential",
            "diagnostic",
            "diagnostic::workbook",
            "diagnostic::prefill",
            "observatory",
            "comparison",
            "vulnerability",
            "action",
            "survey"
        })
package fr.resilience360.report;
