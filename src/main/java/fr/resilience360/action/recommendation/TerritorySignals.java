package fr.resilience360.action.recommendation;

import fr.resilience360.online.PortraitHighlights;
import java.util.List;

/**
 * Everything a territory's recommendations are computed from, gathered once per state.
 *
 * @param diagnosticId the published diagnostic the scores come from, null for the open-data pre-fill
 * @param diagnosticVersion its version number, null for the pre-fill
 * @param needs every Diag360 need with its score, stress-test rank and perception
 * @param rows the base's noted rows, lowest note first
 * @param hazards the territory's most exposing hazards (the portrait's)
 * @param highlights the portrait's stress-test highlights, null when the territory has no known exposure
 * @param perceptionScope which survey answers count, in words; null without inhabitants' survey
 */
record TerritorySignals(
        Base base,
        Long diagnosticId,
        Integer diagnosticVersion,
        List<NeedWeakness.Need> needs,
        List<ActionRanking.RowNote> rows,
        List<ActionRanking.Hazard> hazards,
        PortraitHighlights.Highlights highlights,
        String perceptionScope) {

    /** The stress test's hazards, in words, for the reasons. */
    public List<String> scenario() {
        return hazards.stream().map(ActionRanking.Hazard::label).toList();
    }
}
