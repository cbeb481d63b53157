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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The plan's API as a member uses it: French field names, derived values, optimistic locking, each bad field named. */
@IntegrationTest
class PlanApiTest {

    static final String API = PlanEndpointTable.API;

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

    MvcTestResult send(String email, MockMvcTester.MockMvcRequestBuilder request, String body) {
        return request.with(OnlineFixtures.as(email))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    long idOf(MvcTestResult result) throws Exception {
        String body = result.getResponse().getContentAsString();
        return Long.parseLong(body.replaceFirst("^\\{\"id\":(\\d+),.*$", "$1"));
    }

    @Test
    void anEditorAddsACatalogueActionThatKeepsItsIdAndReadsThePlanWithWhatIsDerived() throws Exception {
        String editor = OnlineFixtures.member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        String catalogueId = catalogue.actions().get(0).id();
        MvcTestResult added = send(
                editor,
                mvc.post().uri(API + "/actions"),
                "{\"catalogue\": \"" + catalogueId + "\", \"echeance\": \"2020-03-03\"}");
        assertThat(added).hasStatus(201);
        assertThat(added).bodyJson().extractingPath("$.catalogue").isEqualTo(catalogueId);
        assertThat(added).bodyJson().extractingPath("$.lien_catalogue").isEqualTo("/actions/" + catalogueId);
        assertThat(added).bodyJson().extractingPath("$.en_retard").isEqualTo(true);
        assertThat(added)
                .bodyJson()
                .extractingPath("$.retard_motif")
                .isEqualTo("échéance dépassée depuis le 3 mars 2020");
        assertThat(added).bodyJson().extractingPath("$.priorite.criteres.cout").isNotNull();
        MvcTestResult plan = mvc.get().uri(API).with(OnlineFixtures.as(editor)).exchange();
        assertThat(plan).hasStatus(200);
        assertThat(plan).bodyJson().extractingPath("$.ponderations.impact").isNotNull();
        assertThat(plan.getResponse().getContentAsString()).contains("\"id\":" + idOf(added));
    }

    @Test
    void aStaleChangeGetsA409InFrenchAndAChangeWithoutVersionA400() throws Exception {
        String editor = OnlineFixtures.member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        long id = idOf(
                send(editor, mvc.post().uri(API + "/actions"), "{\"titre\": \"Verrou " + UUID.randomUUID() + "\"}"));
        assertThat(send(
                        editor,
                        mvc.patch().uri(API + "/actions/" + id).header("If-Match", "\"1\""),
                        "{\"statut\": \"en-cours\"}"))
                .hasStatus(200)
                .headers()
                .hasValue("ETag", "\"2\"");
        MvcTestResult stale = send(
                editor,
                mvc.patch().uri(API + "/actions/" + id).header("If-Match", "\"1\""),
                "{\"statut\": \"realise\"}");
        assertThat(stale).hasStatus(409);
        assertThat(stale).bodyJson().extractingPath("$.detail").asString().contains("modifiée entre-temps");
        MvcTestResult noVersion = send(editor, mvc.patch().uri(API + "/actions/" + id), "{\"statut\": \"realise\"}");
        assertThat(noVersion).hasStatus(400);
        assertThat(noVersion).bodyJson().extractingPath("$.erreurs[0].champ").isEqualTo("version");
    }

    @Test
    void badInputIsA400NamingEachField() throws Exception {
        String editor = OnlineFixtures.member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        MvcTestResult bad = send(
                editor,
                mvc.post().uri(API + "/actions"),
                "{\"titre\": \"\", \"statut\": \"en-retard\", \"echeance\": \"31/12/2026\", \"cout\": \"gratuit\"}");
        assertThat(bad).hasStatus(400);
        assertThat(bad)
                .bodyJson()
                .extractingPath("$.erreurs[*].champ")
                .asArray()
                .containsExactly("titre", "statut", "echeance", "cout");
        MvcTestResult unknown = send(editor, mvc.post().uri(API + "/actions"), "{\"titre\": \"x\", \"retard\": true}");
        assertThat(unknown).hasStatus(400);
        assertThat(unknown).bodyJson().extractingPath("$.erreurs[0].champ").isEqualTo("retard");
    }

    @Test
    void aContributeurChangesTheActionTheyPilotAndNoOther() throws Exception {
        String editor = OnlineFixtures.member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        String contributor = OnlineFixtures.member(accounts, Role.CONTRIBUTEUR, LORIENT_AGGLO);
        long theirs = idOf(send(
                editor,
                mvc.post().uri(API + "/actions"),
                "{\"titre\": \"Pilotée\", \"pilote\": \"" + contributor + "\"}"));
        long other = idOf(send(editor, mvc.post().uri(API + "/actions"), "{\"titre\": \"Autre\"}"));
        assertThat(send(
                        contributor,
                        mvc.patch().uri(API + "/actions/" + theirs).header("If-Match", "\"1\""),
                        "{\"statut\": \"en-cours\"}"))
                .hasStatus(200)
                .bodyJson()
                .extractingPath("$.pilote")
                .isEqualTo(contributor);
        assertThat(send(contributor, mvc.post().uri(API + "/actions/" + theirs + "/notes"), "{\"texte\": \"Fait\"}"))
                .hasStatus(201);
        assertThat(send(
                        contributor,
                        mvc.patch().uri(API + "/actions/" + other).header("If-Match", "\"1\""),
                        "{\"statut\": \"en-cours\"}"))
                .hasStatus(403);
        assertThat(send(contributor, mvc.post().uri(API + "/actions"), "{\"titre\": \"Nouvelle\"}"))
                .hasStatus(403);
    }

    @Test
    void anIndicatorShowsItsProgressTowardTheTargetAndTheHistoryKeepsEveryChange() throws Exception {
        String editor = OnlineFixtures.member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        long id = idOf(
                send(editor, mvc.post().uri(API + "/actions"), "{\"titre\": \"Suivi " + UUID.randomUUID() + "\"}"));
        MvcTestResult withIndicator = send(
                editor,
                mvc.post().uri(API + "/actions/" + id + "/indicateurs"),
                "{\"libelle\": \"Repas bio\", \"unite\": \"%\", \"annee_reference\": 2022, \"source\": \"cantine\"}");
        String body = withIndicator.getResponse().getContentAsString();
        long indicator = Long.parseLong(body.replaceFirst("^.*\"indicateurs\":\\[\\{\"id\":(\\d+),.*$", "$1"));
        String points = API + "/actions/" + id + "/indicateurs/" + indicator + "/points";
        send(editor, mvc.put().uri(points), "{\"annee\": 2022, \"type\": \"resultat\", \"valeur\": 10}");
        send(editor, mvc.put().uri(points), "{\"annee\": 2030, \"type\": \"objectif\", \"valeur\": 50}");
        MvcTestResult result =
                send(editor, mvc.put().uri(points), "{\"annee\": 2025, \"type\": \"resultat\", \"valeur\": 20}");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.indicateurs[0].progression.pourcentage")
                .isEqualTo(25);
        MvcTestResult history = mvc.get()
                .uri(API + "/historique")
                .with(OnlineFixtures.as(editor))
                .exchange();
        assertThat(history.getResponse().getContentAsString())
                .contains("\"champ\":\"indicateur " + indicator + " resultat 2025\"", "\"par\":\"" + editor + "\"");
    }
}
