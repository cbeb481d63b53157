package fr.resilience360.action.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.IntegrationTest;
import fr.resilience360.action.ActionFeedbacks;
import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CatalogueAction;
import fr.resilience360.shared.ConflictException;
import fr.resilience360.shared.InvalidFieldsException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rules of contributions: a proposal is checked like the catalogue's fiches and every wrong field is named in
 * French; a decision needs a reason and happens once; an accepted action joins the catalogue, an accepted feedback its
 * action's page; every change of state is kept.
 */
@IntegrationTest
class ContributionRulesTest {

    @Autowired
    Contributions contributions;

    @Autowired
    Catalogue catalogue;

    @Autowired
    ActionFeedbacks feedbacks;

    @Test
    void anIncompleteProposalNamesEveryWrongFieldInFrench() {
        ActionProposal empty = new ActionProposal(
                "objectif-inconnu",
                " ",
                null,
                null,
                List.of(),
                List.of(),
                List.of("meteorite"),
                List.of("P1_L1"),
                "gratuit",
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of());

        assertThatThrownBy(() -> contributions.proposeAction(empty, "auteur@exemple.fr"))
                .isInstanceOfSatisfying(
                        InvalidFieldsException.class,
                        e -> assertThat(e.fields())
                                .containsEntry(
                                        "objectif", "Choisissez l'objectif du catalogue sous lequel placer l'action.")
                                .containsEntry("titre", "Le titre est obligatoire.")
                                .containsEntry("resume", "Le résumé est obligatoire.")
                                .containsEntry(
                                        "besoins",
                                        "Cochez au moins un besoin du Diagnostic 360° que l'action améliore.")
                                .containsEntry("aleas", "Aléa inconnu : « meteorite ».")
                                .containsEntry(
                                        "leviers", "« P1_L1 » n'est pas un levier de la Boussole (p1-l1 … p6-l3).")
                                .containsEntry("cout", "Le coût est obligatoire : choisissez une valeur de la liste.")
                                .containsEntry("references", "Citez au moins une référence (guide, rapport, page…)."));
    }

    @Test
    void aRowOfANeedTheActionDoesNotImproveIsRefused() {
        ActionProposal p = ContributionFixtures.action(catalogue);
        ActionProposal wrongRow = new ActionProposal(
                p.objectif(),
                p.titre(),
                p.resume(),
                p.description(),
                List.of("bv1"),
                List.of("bv2_i01"),
                p.aleas(),
                p.leviers(),
                p.cout(),
                p.delai(),
                p.difficulte(),
                p.cobenefices(),
                p.exemples(),
                p.acteurs(),
                p.references());

        assertThatThrownBy(() -> contributions.proposeAction(wrongRow, "auteur@exemple.fr"))
                .isInstanceOfSatisfying(
                        InvalidFieldsException.class,
                        e -> assertThat(e.fields())
                                .containsOnlyKeys("lignes")
                                .containsEntry("lignes", "La ligne « bv2_i01 » ne relève d'aucun des besoins cochés."));
    }

    @Test
    void aTitleWhoseIdIsTakenInTheCatalogueIsRefused() {
        CatalogueAction existing = catalogue.actions().get(0);
        ActionProposal p = ContributionFixtures.action(catalogue);
        ActionProposal same = new ActionProposal(
                p.objectif(),
                existing.id().replace('-', ' ').toUpperCase(),
                p.resume(),
                p.description(),
                p.besoins(),
                p.lignes(),
                p.aleas(),
                p.leviers(),
                p.cout(),
                p.delai(),
                p.difficulte(),
                p.cobenefices(),
                p.exemples(),
                p.acteurs(),
                p.references());

        assertThat(ProposalCheck.slug(same.titre())).isEqualTo(existing.id());
        assertThatThrownBy(() -> contributions.proposeAction(same, "auteur@exemple.fr"))
                .isInstanceOfSatisfying(
                        InvalidFieldsException.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("titre"));
    }

    @Test
    void aDecisionNeedsAReason() {
        Contribution c = contributions.proposeFeedback(ContributionFixtures.feedback(catalogue), "auteur@exemple.fr");

        assertThatThrownBy(() -> contributions.decide(c.id(), true, "  ", "admin@exemple.fr"))
                .isInstanceOfSatisfying(
                        InvalidFieldsException.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("motif"));
        assertThat(contributions.find(c.id()).state()).isEqualTo(ContributionState.PENDING);
    }

    @Test
    void anAcceptedActionJoinsTheCatalogueMarkedAsAContributionAndItsHistoryIsKept() {
        Contribution proposed =
                contributions.proposeAction(ContributionFixtures.action(catalogue), "auteur@exemple.fr");
        String version = catalogue.version();
        assertThat(catalogue.action(proposed.actionId()))
                .as("pending: not in the catalogue")
                .isEmpty();
        assertThat(proposed.licence()).isEqualTo("CC BY-SA 4.0");

        Contribution accepted =
                contributions.decide(proposed.id(), true, "Fiche claire et sourcée.", "admin@exemple.fr");

        assertThat(catalogue.actions()).extracting(CatalogueAction::id).contains(proposed.actionId());
        assertThat(catalogue.placement(proposed.actionId()).orElseThrow().contributed())
                .isTrue();
        assertThat(catalogue.placement(proposed.actionId()).orElseThrow().goal().id())
                .isEqualTo(proposed.goalId());
        assertThat(catalogue.version()).isNotEqualTo(version);
        assertThat(accepted.history())
                .extracting(
                        Contribution.Event::by,
                        Contribution.Event::from,
                        Contribution.Event::to,
                        Contribution.Event::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("auteur@exemple.fr", null, ContributionState.PENDING, null),
                        org.assertj.core.groups.Tuple.tuple(
                                "admin@exemple.fr",
                                ContributionState.PENDING,
                                ContributionState.ACCEPTED,
                                "Fiche claire et sourcée."));
    }

    @Test
    void aContributionIsDecidedOnceAndARejectedOneStaysOut() {
        Contribution proposed =
                contributions.proposeAction(ContributionFixtures.action(catalogue), "auteur@exemple.fr");

        Contribution rejected = contributions.decide(proposed.id(), false, "Doublon d'une fiche.", "admin@exemple.fr");

        assertThat(rejected.state()).isEqualTo(ContributionState.REJECTED);
        assertThat(rejected.reason()).isEqualTo("Doublon d'une fiche.");
        assertThat(catalogue.action(proposed.actionId())).isEmpty();
        assertThatThrownBy(() -> contributions.decide(proposed.id(), true, "Finalement oui.", "admin@exemple.fr"))
                .isInstanceOf(ConflictException.class);
        assertThat(contributions.find(proposed.id()).history()).hasSize(2);
    }

    @Test
    void anAcceptedFeedbackIsShownOnItsActionWithTheNameTheAuthorChose() {
        FeedbackProposal p = ContributionFixtures.feedback(catalogue);
        Contribution proposed = contributions.proposeFeedback(p, "auteur@exemple.fr");
        assertThat(feedbacks.accepted(p.action()))
                .extracting(ActionFeedbacks.Feedback::text)
                .doesNotContain(p.texte());
        String version = feedbacks.version();

        contributions.decide(proposed.id(), true, "Merci.", "admin@exemple.fr");

        assertThat(feedbacks.accepted(p.action()).get(0))
                .extracting(
                        ActionFeedbacks.Feedback::text,
                        ActionFeedbacks.Feedback::author,
                        ActionFeedbacks.Feedback::territory)
                .containsExactly(p.texte(), "Une élue", "Plouay");
        assertThat(feedbacks.version()).isNotEqualTo(version);
        assertThat(contributions.mine("auteur@exemple.fr"))
                .extracting(Contribution::id)
                .contains(proposed.id());
    }

    @Test
    void aFeedbackOnAnUnknownActionOrWithoutTextIsRefused() {
        assertThatThrownBy(() -> contributions.proposeFeedback(
                        new FeedbackProposal("inconnue", null, " ", null), "auteur@exemple.fr"))
                .isInstanceOfSatisfying(
                        InvalidFieldsException.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("action", "texte", "signature"));
    }
}
