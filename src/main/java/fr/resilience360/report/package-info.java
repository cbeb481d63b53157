/**
 * Portraits of a territory: its Diagnostic 360° pre-filled with the observatory's open data (radar of the needs,
 * indicator detail, strengths and weaknesses, sources), on the web and as a Diag360 workbook to complete; its need
 * scores compared with a reference territory and with the quartiles of similar territories (module {@code comparison});
 * national maps of any indicator, need score, exposure or typology ({@code report.atlas}, « Cartes de France »), drawn
 * as SVG on the server for download and for the reports; the cahiers per type of territory and the KAART alert kit
 * ({@code report.cahier}); the portrait report of a territory, page and PDF ({@code report.portrait}). Issue 13,
 * {@code docs/reports.md}.
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
            "opendata",
            "comparison",
            "online",
            "vulnerability",
            "action",
            "survey"
        })
package fr.resilience360.report;
