/**
 * Portraits of a territory: its Diagnostic 360° pre-filled with the observatory's open data (radar of the needs,
 * indicator detail, strengths and weaknesses, sources), on the web and as a Diag360 workbook to complete; its need
 * scores compared with a reference territory and with the quartiles of similar territories (module {@code comparison}).
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
            "online",
            "vulnerability",
            "action"
        })
package fr.resilience360.report;
