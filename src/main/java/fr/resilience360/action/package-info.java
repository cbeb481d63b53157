/**
 * From diagnosis to action (issue 12, {@code docs/actions.md}): the living catalogue of « fiches actions » in axes →
 * orientations → objectifs → actions, written for this project under CC BY-SA 4.0 as versioned data
 * ({@code action/catalogue/*.yaml}, checked at start against the Diag360 needs and rows, the hazards of the impact
 * chains and the 18 levers of the Cerema Boussole by {@link fr.resilience360.action.CatalogueFiles}); read by every
 * part of the module through {@link fr.resilience360.action.Catalogue}. Sub-packages by feature: {@code catalogue}
 * (public pages and {@code /api/v1/actions}), {@code toolbox} (tools for collective dynamics and parcours),
 * {@code contribution} (proposals and moderation), {@code recommendation} (actions ranked from a territory's weak
 * needs, stress test and survey), {@code boussole} (assessments on the 18 levers), {@code plan} (action plans).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "territory",
            "referential",
            "account",
            "online",
            "vulnerability",
            "diagnostic",
            "diagnostic::prefill"
        })
package fr.resilience360.action;
