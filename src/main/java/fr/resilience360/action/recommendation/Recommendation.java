package fr.resilience360.action.recommendation;

import fr.resilience360.action.CatalogueAction;
import fr.resilience360.territory.TerritorySummary;
import java.util.List;

/**
 * A territory's recommendations: its signals, its weakest needs and every catalogue action ranked, each with its
 * reason. The same for everyone; the plan's marks are added per request.
 *
 * @param needs every need, weakest first
 * @param weakest the {@value NeedWeakness#LISTED} weakest needs that have a score, weakest first
 * @param actions every action of the catalogue, rank 1 first
 */
record Recommendation(
        TerritorySummary territory,
        TerritorySignals signals,
        List<NeedWeakness.Need> needs,
        List<NeedWeakness.Need> weakest,
        List<Ranked> actions) {

    /**
     * @param rank 1 for the first, consecutive
     * @param need the id of the need its reason names, null when it improves no need of the base
     */
    record Ranked(int rank, CatalogueAction action, double priority, String need, String reason) {

        boolean improves(String needId) {
            return action.needs().contains(needId);
        }
    }

    /** The ranked actions improving a need (all when {@code needId} is null), at most {@code limit}, ranks kept. */
    List<Ranked> actions(String needId, int limit) {
        return actions.stream()
                .filter(r -> needId == null || r.improves(needId))
                .limit(limit)
                .toList();
    }

    NeedWeakness.Need need(String needId) {
        return needs.stream().filter(n -> n.id().equals(needId)).findFirst().orElse(null);
    }
}
