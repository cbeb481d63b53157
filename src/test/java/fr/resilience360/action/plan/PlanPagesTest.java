package fr.resilience360.action.plan;

import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Role;
import fr.resilience360.action.Catalogue;
import fr.resilience360.online.OnlineFixtures;
import fr.resilience360.territory.Territories;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The plan's pages: what a member reads, what an editor may do, each refused form explained in French. */
@IntegrationTest
class PlanPagesTest {

    static final String PAGE = PlanEndpointTable.PAGE;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Catalogue catalogue;

    @Autowired
    Plans plans;

    @Autowired
    Territories territories;

    @Test
    void theLinkOfTheRecommendationsPreSelectsTheCatalogueActionToAdd() {
        String editor = OnlineFixtures.member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        var action = catalogue.actions().get(0);
        MvcTestResult page = mvc.get()
                .uri(PAGE + "?ajouter=" + action.id())
                .with(OnlineFixtures.as(editor))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains("Ajouter au plan", action.title(), "name=\"catalogue\" value=\"" + action.id() + "\"");
        MvcTestResult alias = mvc.get()
                .uri(PAGE + "?depuis=" + action.id())
                .with(OnlineFixtures.as(editor))
                .exchange();
        assertThat(alias).bodyText().contains("name=\"catalogue\" value=\"" + action.id() + "\"");
    }

    @Test
    void aLecteurReadsThePlanWithoutItsForms() {
        String reader = OnlineFixtures.member(accounts, Role.LECTEUR, LORIENT_AGGLO);
        MvcTestResult page = mvc.get().uri(PAGE).with(OnlineFixtures.as(reader)).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains("Tableau de bord", "Priorisation multicritère")
                .doesNotContain("Enregistrer les poids", "Ajouter depuis le catalogue");
    }

    @Test
    void aLateActionShowsWhyOnItsPage() {
        String editor = OnlineFixtures.member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        PlanAction added = plans.add(
                territories.require(LORIENT_AGGLO),
                null,
                null,
                PlanFixtures.custom("Retard " + UUID.randomUUID()),
                editor);
        MvcTestResult page = mvc.get()
                .uri(PAGE + "/actions/" + added.id())
                .with(OnlineFixtures.as(editor))
                .exchange();
        assertThat(page).bodyText().contains("En retard : échéance dépassée depuis le 30 juin 2026");
    }

    @Test
    void aRefusedFormNamesEachBadFieldAndAStaleOneSaysSomeoneChangedIt() {
        String editor = OnlineFixtures.member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        MvcTestResult bad = mvc.post()
                .uri(PAGE + "/actions")
                .with(OnlineFixtures.as(editor))
                .with(csrf())
                .param("titre", "")
                .exchange();
        assertThat(bad).hasStatus(400);
        assertThat(bad).bodyText().contains("titre : Donnez un titre de 1 à 200 caractères.");
        PlanAction added = plans.add(
                territories.require(LORIENT_AGGLO),
                null,
                null,
                PlanFixtures.titled("Concurrence " + UUID.randomUUID()),
                editor);
        plans.update(territories.require(LORIENT_AGGLO), added, 1, PlanFixtures.change("en-cours", null, null), editor);
        MvcTestResult stale = mvc.post()
                .uri(PAGE + "/actions/" + added.id())
                .with(OnlineFixtures.as(editor))
                .with(csrf())
                .param("version", "1")
                .param("titre", "Autre")
                .param("statut", "realise")
                .exchange();
        assertThat(stale).hasStatus(409);
        assertThat(stale).bodyText().contains("modifiée entre-temps");
        MvcTestResult badBudget = mvc.post()
                .uri(PAGE + "/actions/" + added.id() + "/budget")
                .with(OnlineFixtures.as(editor))
                .with(csrf())
                .param("annee", "deux mille")
                .param("type", "investissement")
                .param("prevu", "-5")
                .exchange();
        assertThat(badBudget).hasStatus(400);
        assertThat(badBudget)
                .bodyText()
                .contains("annee : Année attendue", "prevu : Un montant ne peut pas être négatif.");
    }
}
