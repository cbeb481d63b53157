package fr.resilience360.action.boussole;

import static fr.resilience360.online.OnlineFixtures.BLAVET;
import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Role;
import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.Catalogue;
import fr.resilience360.online.OnlineFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Boussole API: an assessment's answers, each principle's coverage, the levers to strengthen and their actions. */
@IntegrationTest
class BoussoleApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String API = "/api/v1/territoires/" + LORIENT_AGGLO + "/boussole";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Catalogue catalogue;

    String editor;

    @BeforeEach
    void signIn() {
        editor = OnlineFixtures.member(accounts, Role.EDITEUR, LORIENT_AGGLO);
    }

    JsonNode send(String method, String uri, String body, int status) throws Exception {
        var request = "PUT".equals(method) ? mvc.put().uri(uri) : mvc.post().uri(uri);
        var result = request.with(OnlineFixtures.as(editor))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(status);
        return JSON.readTree(result.getResponse().getContentAsString());
    }

    JsonNode get(String uri, int status) throws Exception {
        var result = mvc.get().uri(uri).with(OnlineFixtures.as(editor)).exchange();
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        return JSON.readTree(result.getResponse().getContentAsString());
    }

    /** Principle 1 fully treated, 3.2 partly with a comment, 4.x not at all, the rest fully. */
    static String mixed(String title) {
        String body = BoussoleEndpointTable.body(title, "pleinement")
                .replace("\"p3-l2\": \"pleinement\"", "\"p3-l2\": \"en-partie\"")
                .replace("\"p4-l1\": \"pleinement\"", "\"p4-l1\": \"ne-traite-pas\"")
                .replace("\"p4-l2\": \"pleinement\"", "\"p4-l2\": \"ne-traite-pas\"")
                .replace("\"p4-l3\": \"pleinement\"", "\"p4-l3\": \"ne-traite-pas\"");
        return body.substring(0, body.length() - 1) + ", \"commentaires\": {\"p3-l2\": \"Veille à organiser.\"}}";
    }

    @Test
    void anAssessmentGivesItsAnswersTheCoverageOfEachPrincipleAndTheLeversToStrengthenWithCatalogueActions()
            throws Exception {
        String title = "Plan vélo " + UUID.randomUUID();
        JsonNode created = send("POST", API, mixed(title), 201);
        JsonNode read = get(API + "/" + created.path("id").asLong(), 200);
        assertThat(read).isEqualTo(created);
        assertThat(read.path("titre").asString()).isEqualTo(title);
        assertThat(read.path("nature").asString()).isEqualTo("projet");
        assertThat(read.path("evalue_par").asString()).isEqualTo(editor);
        assertThat(read.path("reponses")).hasSize(18);
        JsonNode p32 = read.path("reponses").get(7);
        assertThat(p32.path("levier").asString()).isEqualTo("p3-l2");
        assertThat(p32.path("intitule").asString()).isEqualTo("Levier 3.2 (nom à confirmer)");
        assertThat(p32.path("reponse").asString()).isEqualTo("en-partie");
        assertThat(p32.path("commentaire").asString()).isEqualTo("Veille à organiser.");
        List<Double> shares = new ArrayList<>();
        read.path("couverture").forEach(c -> shares.add(c.path("part").asDouble()));
        assertThat(shares).containsExactly(1.0, 1.0, 5.0 / 6, 0.0, 1.0, 1.0);
        assertThat(read.path("couverture").get(3).path("intitule").asString())
                .isEqualTo("Robustesse et continuité (intitulé à confirmer)");
        assertThat(read.path("convention").asString()).contains("ne donne pas de note officielle");
        List<String> levers = new ArrayList<>();
        read.path("a_renforcer").forEach(s -> levers.add(s.path("levier").asString()));
        assertThat(levers).containsExactly("p4-l1", "p4-l2", "p4-l3", "p3-l2");
        for (JsonNode s : read.path("a_renforcer")) {
            BoussoleLever lever = BoussoleLever.valueOf(
                    s.path("levier").asString().toUpperCase().replace('-', '_'));
            List<String> serving =
                    catalogue.serving(lever).stream().map(a -> a.id()).toList();
            List<String> shown = new ArrayList<>();
            s.path("actions").forEach(a -> {
                shown.add(a.path("id").asString());
                assertThat(a.path("lien").asString())
                        .isEqualTo("/actions/" + a.path("id").asString());
            });
            assertThat(shown).isEqualTo(serving.subList(0, Math.min(5, serving.size())));
            assertThat(s.path("autres_actions").asInt()).isEqualTo(serving.size() - shown.size());
        }
    }

    @Test
    void anEditReplacesTheAnswersAndTheListGivesEachPrinciplesCoverage() throws Exception {
        long id = send("POST", API, mixed("Plan " + UUID.randomUUID()), 201)
                .path("id")
                .asLong();
        JsonNode edited = send("PUT", API + "/" + id, BoussoleEndpointTable.body("Plan revu", "pleinement"), 200);
        assertThat(edited.path("titre").asString()).isEqualTo("Plan revu");
        assertThat(edited.path("a_renforcer")).isEmpty();
        assertThat(edited.path("reponses").get(7).path("commentaire").isNull()).isTrue();
        assertThat(edited.path("modifie_par").asString()).isEqualTo(editor);
        JsonNode list = get(API, 200);
        assertThat(list.get(0).path("id").asLong()).isEqualTo(id);
        assertThat(list.get(0).path("couverture")).hasSize(6);
        assertThat(list.get(0).has("reponses")).isFalse();
        assertThat(list.get(0).path("lien").asString()).isEqualTo(API + "/" + id);
    }

    @Test
    void aBadAnswerIsRefusedNamingTheLeverCode() throws Exception {
        String body = BoussoleEndpointTable.body("Plan", "pleinement")
                .replace("\"p3-l2\": \"pleinement\"", "\"p3-l2\": \"souvent\"")
                .replace(", \"p6-l3\": \"pleinement\"", "");
        JsonNode problem = send("POST", API, body, 400);
        List<String> fields = new ArrayList<>();
        problem.path("erreurs").forEach(e -> fields.add(e.path("champ").asString()));
        assertThat(fields).containsExactly("p3-l2", "p6-l3");
        assertThat(problem.path("erreurs").get(0).path("message").asString()).contains("Levier 3.2");
    }

    @Test
    void anAssessmentIsUnknownUnderAnotherTerritory() throws Exception {
        long id = send("POST", API, mixed("Plan " + UUID.randomUUID()), 201)
                .path("id")
                .asLong();
        String blavetAdmin = OnlineFixtures.member(accounts, Role.ADMIN, BLAVET);
        var result = mvc.get()
                .uri("/api/v1/territoires/" + BLAVET + "/boussole/" + id)
                .with(OnlineFixtures.as(blavetAdmin))
                .exchange();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        get(API + "/999999999", 404);
    }
}
