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
import fr.resilience360.territory.TerritorySummary;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Removing an action from the plan: editors and administrators only (never a contributeur, even the action's pilot),
 * after a confirmation that names the action and its sub-actions; stale versions refused; the history keeps who
 * removed which action; a catalogue action may be added again. {@link PlanEndpointPermissionsTest} checks each role.
 */
@IntegrationTest
class PlanRemovalTest {

    static final String API = PlanEndpointTable.API;
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
    PlanDetails details;

    @Autowired
    Territories territories;

    @Test
    void anEditorRemovesACatalogueActionWithItsSubActionsThroughTheApiAndMayAddItAgain() throws Exception {
        TerritorySummary agglo = territories.require(LORIENT_AGGLO);
        String editor = OnlineFixtures.member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String catalogueId = catalogue.actions().get(1).id();
        PlanAction top = plans.add(agglo, catalogueId, null, PlanFixtures.titled("Retirée " + run), editor);
        PlanAction sub = plans.add(agglo, null, top.id(), PlanFixtures.titled("Sous-retirée " + run), editor);
        details.addNote(top, "Note perdue " + run, editor);
        plans.update(agglo, top, 1, PlanFixtures.change("en-cours", null, null), editor);
        String uri = API + "/actions/" + top.id();

        assertThat(delete(editor, uri, null)).hasStatus(400);
        MvcTestResult stale = delete(editor, uri, "\"1\"");
        assertThat(stale).hasStatus(409);
        assertThat(stale).bodyJson().extractingPath("$.detail").asString().contains("modifiée entre-temps");
        assertThat(plans.require(agglo.id(), sub.id()).parentId()).isEqualTo(top.id());

        assertThat(delete(editor, uri, "\"2\"")).hasStatus(204);
        String plan = get(editor, API);
        assertThat(plan).doesNotContain("Retirée " + run, "Sous-retirée " + run, "Note perdue " + run);
        assertThat(delete(editor, uri, "\"2\"")).hasStatus(404);
        String history = get(editor, API + "/historique");
        assertThat(history)
                .contains("\"action\":" + top.id() + ",", "\"champ\":\"retrait\"", "\"par\":\"" + editor + "\"")
                .contains("« Retirée " + run + " » (catalogue " + catalogueId + ", et sa sous-action)")
                .contains("« Sous-retirée " + run + " » (action personnalisée), avec l'action n° " + top.id());

        PlanAction again = plans.add(agglo, catalogueId, null, PlanFixtures.titled("De retour " + run), editor);
        assertThat(again.catalogueId()).isEqualTo(catalogueId);
    }

    @Test
    void aContributeurMayNotRemoveEvenTheActionTheyPilot() throws Exception {
        TerritorySummary agglo = territories.require(LORIENT_AGGLO);
        String contributor = OnlineFixtures.member(accounts, Role.CONTRIBUTEUR, LORIENT_AGGLO);
        PlanAction theirs = plans.add(
                agglo, null, null, PlanFixtures.change(null, null, contributor).over(titled()), "x@y.fr");
        assertThat(delete(contributor, API + "/actions/" + theirs.id(), "\"1\""))
                .hasStatus(403);
        MvcTestResult page = mvc.get()
                .uri(PAGE + "/actions/" + theirs.id())
                .with(OnlineFixtures.as(contributor))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Ajouter la note").doesNotContain("Retirer du plan", "/suppression");
        assertThat(plans.require(agglo.id(), theirs.id()).id()).isEqualTo(theirs.id());
    }

    @Test
    void theActionPageAsksToConfirmNamingTheSubActionsThenThePlanSaysWhatWasRemoved() throws Exception {
        TerritorySummary agglo = territories.require(LORIENT_AGGLO);
        String admin = OnlineFixtures.member(accounts, Role.ADMIN, LORIENT_AGGLO);
        String run = UUID.randomUUID().toString().substring(0, 8);
        PlanAction top = plans.add(agglo, null, null, PlanFixtures.titled("Parent " + run), admin);
        plans.add(agglo, null, top.id(), PlanFixtures.titled("Enfant A " + run), admin);
        plans.add(agglo, null, top.id(), PlanFixtures.titled("Enfant B " + run), admin);
        MvcTestResult page = mvc.get()
                .uri(PAGE + "/actions/" + top.id())
                .with(OnlineFixtures.as(admin))
                .exchange();
        assertThat(page)
                .bodyText()
                .contains("Retirer du plan", "Confirmer le retrait de « Parent " + run + " »")
                .contains("Ses 2 sous-actions (Enfant A " + run + ", Enfant B " + run + ") seront retirées aussi.");
        assertThat(mvc.get().uri(PAGE).with(OnlineFixtures.as(admin)).exchange())
                .bodyText()
                .contains("/actions/" + top.id() + "#retrait");

        MvcTestResult stale = post(admin, top, "7");
        assertThat(stale).hasStatus(409);
        assertThat(stale).bodyText().contains("modifiée entre-temps");

        MvcTestResult removed = post(admin, top, "1");
        String back = "/territoires/" + LORIENT_AGGLO + "/plan?retiree=" + top.id() + "#retrait-fait";
        assertThat(removed).hasStatus(302).hasRedirectedUrl(back);
        MvcTestResult plan = mvc.get().uri(back).with(OnlineFixtures.as(admin)).exchange();
        assertThat(plan)
                .bodyText()
                .contains("Action retirée du plan le ", " par " + admin + " : « Parent " + run + " »")
                .contains("(action personnalisée, et ses 2 sous-actions). L&#39;historique du plan garde la trace")
                .doesNotContain("Enfant A " + run);
    }

    private MvcTestResult post(String email, PlanAction action, String version) {
        return mvc.post()
                .uri(PAGE + "/actions/" + action.id() + "/suppression")
                .param("version", version)
                .with(OnlineFixtures.as(email))
                .with(csrf())
                .exchange();
    }

    private MvcTestResult delete(String email, String uri, String ifMatch) {
        var request = mvc.delete().uri(uri).with(OnlineFixtures.as(email)).with(csrf());
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).exchange();
    }

    private String get(String email, String uri) throws Exception {
        MvcTestResult result = mvc.get().uri(uri).with(OnlineFixtures.as(email)).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString();
    }

    private static ActionInput titled() {
        return PlanFixtures.titled("Pilotée par un contributeur " + UUID.randomUUID());
    }
}
