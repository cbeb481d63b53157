package fr.resilience360.action.contribution;

import fr.resilience360.action.CatalogueAction;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** Contributions as the API takes and gives them (French field names). */
final class ContributionJson {

    private ContributionJson() {}

    /**
     * A proposal: {@code type} « action » with {@code fiche}, or « retour » with {@code retour}.
     */
    @Schema(name = "NouvelleContribution")
    record Request(String type, ActionProposal fiche, FeedbackProposal retour) {}

    /** @param decision « acceptee » or « refusee »; @param motif the reason, required */
    @Schema(name = "DecisionContribution")
    record Decision(String decision, String motif) {}

    /**
     * A contribution with its whole history.
     *
     * @param action the proposed action's id, or the action the feedback is about
     */
    @Schema(name = "Contribution")
    record Out(
            long id,
            String type,
            String etat,
            String libelleEtat,
            String auteur,
            String action,
            String objectif,
            ActionProposal fiche,
            FeedbackProposal retour,
            String motif,
            String licence,
            Instant proposeeLe,
            List<Evenement> historique) {}

    /** A proposed action in the words of the proposal (codes as the API writes them). */
    static ActionProposal fiche(String goalId, CatalogueAction a) {
        return new ActionProposal(
                goalId,
                a.title(),
                a.summary(),
                a.description(),
                a.needs(),
                a.rows(),
                a.hazards(),
                a.levers().stream().map(l -> l.code()).toList(),
                a.cost().code(),
                a.delay().code(),
                a.difficulty().code(),
                a.cobenefits().stream().map(c -> c.code()).toList(),
                a.examples().stream()
                        .map(e -> new ActionProposal.Exemple(e.territory(), e.code(), e.text(), e.source()))
                        .toList(),
                a.actors(),
                a.references().stream()
                        .map(r -> new ActionProposal.Reference(r.title(), r.publisher(), r.year(), r.url()))
                        .toList());
    }

    @Schema(name = "EvenementContribution")
    record Evenement(Instant le, String par, String de, String vers, String motif) {}

    static Out of(Contribution c) {
        return new Out(
                c.id(),
                c.kind().code(),
                c.state().code(),
                c.state().label(),
                c.author(),
                c.actionId(),
                c.goalId(),
                c.proposed() == null ? null : fiche(c.goalId(), c.proposed()),
                c.feedback() == null
                        ? null
                        : new FeedbackProposal(
                                c.actionId(),
                                c.feedback().territory(),
                                c.feedback().text(),
                                c.feedback().signature()),
                c.state() == ContributionState.PENDING ? null : c.reason(),
                c.licence(),
                c.createdAt(),
                c.history().stream()
                        .map(e -> new Evenement(
                                e.at(),
                                e.by(),
                                e.from() == null ? null : e.from().code(),
                                e.to().code(),
                                e.reason()))
                        .toList());
    }
}
