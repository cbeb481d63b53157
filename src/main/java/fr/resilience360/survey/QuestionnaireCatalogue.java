package fr.resilience360.survey;

import fr.resilience360.referential.Need;
import fr.resilience360.referential.Referentials;
import fr.resilience360.vulnerability.Hazard;
import fr.resilience360.vulnerability.StressTests;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What a question may be linked to: the Diag360 needs (bv1…bi3) and the hazards of the impact chains, with names. */
@Component
class QuestionnaireCatalogue {

    /** A need or a hazard as the builder's selects offer it. */
    record Item(String id, String name) {}

    private final List<Item> needs;
    private final List<Item> hazards;

    QuestionnaireCatalogue(Referentials referentials, StressTests stressTests) {
        needs = referentials.byId(Referentials.DIAG360).needs().stream()
                .map((Need n) -> new Item(n.id(), n.name()))
                .toList();
        hazards = stressTests.chains().hazards().stream()
                .map((Hazard h) -> new Item(h.id(), h.label()))
                .toList();
    }

    List<Item> needs() {
        return needs;
    }

    List<Item> hazards() {
        return hazards;
    }

    /** Every rule this questionnaire breaks. */
    List<QuestionnaireRules.Problem> check(Questionnaire q) {
        return QuestionnaireRules.check(q, ids(needs), ids(hazards));
    }

    private static Set<String> ids(List<Item> items) {
        return items.stream().map(Item::id).collect(Collectors.toSet());
    }
}
