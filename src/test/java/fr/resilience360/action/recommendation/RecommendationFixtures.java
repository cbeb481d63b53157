package fr.resilience360.action.recommendation;

import fr.resilience360.action.CatalogueAction;
import fr.resilience360.action.CostRange;
import fr.resilience360.action.Delay;
import fr.resilience360.action.Difficulty;
import java.util.List;

/** Small catalogues and territories for the plain tests of the recommendation rules. */
final class RecommendationFixtures {

    private RecommendationFixtures() {}

    static CatalogueAction action(String id, List<String> needs) {
        return action(id, needs, List.of(), List.of(), CostRange.DE_10K_A_100K, Difficulty.MOYENNE);
    }

    static CatalogueAction action(
            String id,
            List<String> needs,
            List<String> rows,
            List<String> hazards,
            CostRange cost,
            Difficulty difficulty) {
        return new CatalogueAction(
                id,
                "Action " + id,
                "Résumé.",
                "Description.",
                needs,
                rows,
                hazards,
                List.of(),
                cost,
                Delay.MOYEN,
                difficulty,
                List.of(),
                List.of(),
                List.of(),
                List.of(new CatalogueAction.Reference("Source", "Éditeur", 2024, null)));
    }

    static NeedWeakness.Need need(String id, Double score) {
        return new NeedWeakness.Need(id, "Besoin " + id, score, 0, null);
    }

    static ActionRanking.Territory territory(List<NeedWeakness.Need> needs) {
        return ActionRanking.Territory.of(needs, List.of(), List.of());
    }
}
