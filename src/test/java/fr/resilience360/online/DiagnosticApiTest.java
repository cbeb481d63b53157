package fr.resilience360.online;

import static fr.resilience360.online.OnlineFixtures.BLAVET;
import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;
import static fr.resilience360.online.OnlineFixtures.as;
import static fr.resilience360.online.OnlineFixtures.member;
import static fr.resilience360.online.OnlineFixtures.stranger;
import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Role;
import fr.resilience360.referential.Referentials;
import fr.resilience360.referential.Scale;
import fr.resilience360.referential.ValueType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** The diagnostics API, as issue 9 item 8 specifies it, for each role and for an anonymous client. */
@IntegrationTest
class DiagnosticApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Referentials referentials;

    @Test
    void anEditorStartsAPrefilledDraftThatOnlyMembersSee() throws Exception {
        String editor = member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        long id = start(editor, LORIENT_AGGLO);
        Map<String, Object> draft =
                json(mvc.get().uri("/api/v1/diagnostics/" + id).with(as(editor)));
        assertThat(draft).containsEntry("statut", "brouillon").containsEntry("territoire", LORIENT_AGGLO);
        assertThat(draft.get("lien").toString()).endsWith("/diagnostics/" + id);
        List<Map<String, Object>> rows = list(draft.get("indicateurs"));
        assertThat(rows).hasSize(124);
        assertThat(rows.stream().filter(r -> "donnees_ouvertes".equals(r.get("origine"))))
                .hasSizeGreaterThanOrEqualTo(17)
                .allSatisfy(r -> assertThat(map(r.get("donnees_ouvertes"))).containsKeys("annee", "source", "methode"));
        assertThat(map(draft.get("ponderation"))).containsEntry("code", "egal");

        assertThat(mvc.get().uri("/api/v1/diagnostics/" + id)).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/diagnostics/" + id).with(as(member(accounts, Role.ADMIN, BLAVET))))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/diagnostics/" + id).with(as(member(accounts, Role.LECTEUR, LORIENT_AGGLO))))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/diagnostics/99999999").with(as(editor)))
                .hasStatus(404);
    }

    @Test
    void startingNeedsAnEditorOrAnAdminOfThatTerritory() {
        String uri = "/api/v1/territoires/" + LORIENT_AGGLO + "/diagnostics";
        assertThat(mvc.post().uri(uri))
                .hasStatus(401)
                .hasHeader("WWW-Authenticate", "Bearer")
                .bodyText()
                .contains("Authentification requise");
        assertThat(mvc.post().uri(uri).with(as(member(accounts, Role.LECTEUR, LORIENT_AGGLO))))
                .hasStatus(403);
        assertThat(mvc.post().uri(uri).with(as(member(accounts, Role.CONTRIBUTEUR, LORIENT_AGGLO))))
                .hasStatus(403);
        assertThat(mvc.post().uri(uri).with(as(member(accounts, Role.ADMIN, BLAVET))))
                .hasStatus(403);
        assertThat(mvc.post().uri(uri).with(as(stranger(accounts)))).hasStatus(403);
        assertThat(mvc.post().uri(uri).with(as(member(accounts, Role.ADMIN, LORIENT_AGGLO))))
                .hasStatus(201);
        assertThat(mvc.post().uri("/api/v1/territoires/inconnu/diagnostics").with(as(stranger(accounts))))
                .hasStatus(404);
    }

    @Test
    void aTerritoryWithoutPublishedDiagnosticListsNone() {
        assertThat(mvc.get().uri("/api/v1/territoires/56121/diagnostics"))
                .hasStatusOk()
                .bodyJson()
                .isStrictlyEqualTo("[]");
    }

    @Test
    void aValueIsSetWithTheRevisionItWasReadAt() throws Exception {
        String editor = member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        long id = start(editor, LORIENT_AGGLO);
        int row = emptyRow(id, editor, Scale.FRACTION);
        String uri = "/api/v1/diagnostics/" + id + "/valeurs/" + row;
        assertThat(put(uri, editor, null, "{\"valeur\": \"45 %\"}"))
                .hasStatus(428)
                .hasHeader("ETag", "\"0\"");

        MvcTestResult saved = put(uri, editor, "\"0\"", "{\"valeur\": \"45 %\", \"commentaire\": \"enquête 2025\"}");
        assertThat(saved).hasStatusOk().hasHeader("ETag", "\"1\"");
        assertThat(json(saved)).containsEntry("valeur", "0.45").containsEntry("origine", "saisie");

        MvcTestResult stale = put(uri, member(accounts, Role.ADMIN, LORIENT_AGGLO), "\"0\"", "{\"valeur\": \"0,5\"}");
        assertThat(stale).hasStatus(409).bodyText().contains("Conflit de modification", "0.45");
        assertThat(put(uri, editor, "\"1\"", "{\"valeur\": \"douze\"}"))
                .hasStatus(400)
                .bodyText()
                .contains("n'est pas un nombre");
    }

    @Test
    void replacingAnOpenDataValueNeedsAJustificationAndKeepsTheOriginal() throws Exception {
        String editor = member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        long id = start(editor, LORIENT_AGGLO);
        Map<String, Object> prefilled =
                list(json(mvc.get().uri("/api/v1/diagnostics/" + id).with(as(editor)))
                                .get("indicateurs"))
                        .stream()
                        .filter(r -> "donnees_ouvertes".equals(r.get("origine")))
                        .findFirst()
                        .orElseThrow();
        String uri = "/api/v1/diagnostics/" + id + "/valeurs/" + prefilled.get("row");
        assertThat(put(uri, editor, "\"0\"", "{\"valeur\": \"1\"}"))
                .hasStatus(400)
                .bodyText()
                .contains("justification");
        assertThat(put(uri, editor, "\"0\"", "{\"valeur\": \"1\", \"justification\": \"chiffre 2025 du SCoT\"}"))
                .hasStatusOk();
        Map<String, Object> row =
                list(json(mvc.get().uri("/api/v1/diagnostics/" + id).with(as(editor)))
                                .get("indicateurs"))
                        .stream()
                        .filter(r -> r.get("row").equals(prefilled.get("row")))
                        .findFirst()
                        .orElseThrow();
        assertThat(row).containsEntry("origine", "saisie").containsEntry("justification", "chiffre 2025 du SCoT");
        assertThat(map(row.get("donnees_ouvertes"))).isEqualTo(prefilled.get("donnees_ouvertes"));
    }

    @Test
    void aContributorEditsOnlyTheRowsAssignedToThem() throws Exception {
        String editor = member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        String contributor = member(accounts, Role.CONTRIBUTEUR, LORIENT_AGGLO);
        long id = start(editor, LORIENT_AGGLO);
        int row = emptyRow(id, editor, Scale.FRACTION);
        String uri = "/api/v1/diagnostics/" + id + "/valeurs/" + row;
        assertThat(put(uri, contributor, "\"0\"", "{\"valeur\": \"0,3\"}")).hasStatus(403);
        assertThat(put(uri, member(accounts, Role.LECTEUR, LORIENT_AGGLO), "\"0\"", "{\"valeur\": \"0,3\"}"))
                .hasStatus(403);
        assertThat(put(uri, null, "\"0\"", "{\"valeur\": \"0,3\"}")).hasStatus(404);
        assertThat(put(uri, member(accounts, Role.ADMIN, BLAVET), "\"0\"", "{\"valeur\": \"0,3\"}"))
                .hasStatus(404);
        assertThat(
                        mvc.post()
                                .uri("/diagnostics/" + id + "/lignes/" + row + "/attribution")
                                .with(as(editor))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("email", contributor))
                .hasStatus(302);
        assertThat(put(uri, contributor, "\"0\"", "{\"valeur\": \"0,3\"}")).hasStatusOk();
    }

    private long start(String email, String territory) throws Exception {
        MvcTestResult created = mvc.post()
                .uri("/api/v1/territoires/" + territory + "/diagnostics")
                .with(as(email))
                .exchange();
        assertThat(created).hasStatus(201);
        return ((Number) json(created).get("id")).longValue();
    }

    /** The workbook row number of a row of this scale that the draft leaves empty. */
    private int emptyRow(long id, String email, Scale scale) throws Exception {
        List<Integer> empty =
                list(json(mvc.get().uri("/api/v1/diagnostics/" + id).with(as(email)))
                                .get("indicateurs"))
                        .stream()
                        .filter(r -> r.get("valeur") == null)
                        .map(r -> (Integer) r.get("row"))
                        .toList();
        return referentials.byId(Referentials.DIAG360).rows().stream()
                .filter(r -> r.scoring().valueType() == ValueType.NUMERIC && r.scale() == scale)
                .map(r -> r.placement().sheetRow())
                .filter(empty::contains)
                .findFirst()
                .orElseThrow();
    }

    private MvcTestResult put(String uri, String email, String ifMatch, String body) {
        var request = mvc.put().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body);
        if (email != null) request = request.with(as(email));
        if (ifMatch != null) request = request.header("If-Match", ifMatch);
        return request.exchange();
    }

    private static Map<String, Object> json(MvcTestResult result) throws Exception {
        return JSON.readValue(result.getResponse().getContentAsString(), Map.class);
    }

    private Map<String, Object> json(MockMvcTester.MockMvcRequestBuilder request) throws Exception {
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return json(result);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
