/**
 * The online Diagnostic 360°: a territory's diagnostics stored in PostgreSQL (schema {@code online}), started from the
 * observatory's open data or from a filled Diag360 workbook, filled row by row with optimistic locking and a full
 * history, scored by the Diag360 engine, published as immutable dated versions, and served as pages and as the API
 * {@code /api/v1/diagnostics}. Who may do what is the account module's permission matrix.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "territory",
            "referential",
            "diagnostic",
            "diagnostic::workbook",
            "diagnostic::prefill",
            "account",
            "comparison"
        })
package fr.resilience360.online;
