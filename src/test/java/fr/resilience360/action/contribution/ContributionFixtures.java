package fr.resilience360.action.contribution;

import fr.resilience360.action.Catalogue;
import java.util.List;
import java.util.UUID;

/** Proposals for the contribution tests, each with a title no other test uses. */
final class ContributionFixtures {

    private ContributionFixtures() {}

    /** A complete new action under the objectif of the catalogue's first action. */
    static ActionProposal action(Catalogue catalogue) {
        String goal = catalogue
                .placement(catalogue.actions().get(0).id())
                .orElseThrow()
                .goal()
                .id();
        return new ActionProposal(
                goal,
                "Essai de contribution " + UUID.randomUUID(),
                "Un résumé d'essai.",
                "Une description d'essai, écrite pour le test.",
                List.of("bv2"),
                List.of("bv2_i01"),
                List.of("secheresse"),
                List.of("p1-l1"),
                "moins-10k",
                "court",
                "faible",
                List.of("sante"),
                List.of(),
                List.of("Chambre d'agriculture"),
                List.of(new ActionProposal.Reference("Un guide", "Un éditeur", 2020, "https://exemple.fr/guide")));
    }

    /** A feedback on the catalogue's first action. */
    static FeedbackProposal feedback(Catalogue catalogue) {
        return new FeedbackProposal(
                catalogue.actions().get(0).id(), "Plouay", "Retour d'essai " + UUID.randomUUID(), "Une élue");
    }
}
