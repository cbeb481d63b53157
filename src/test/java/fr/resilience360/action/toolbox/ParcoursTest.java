package fr.resilience360.action.toolbox;

import static fr.resilience360.online.OnlineFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Role;
import fr.resilience360.online.OnlineFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * A territory's parcours: editors add tools as steps, date them, change their status and note, reorder and remove
 * them, or copy the suggested parcours; the progress counts the steps done; wrong fields get a 400 naming each field in
 * French. Each test works on a territory of its own (CC de Blavet Bellevue Océan, after clearing it) so that runs do not
 * see each other's steps.
 */
@IntegrationTest
class ParcoursTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CODE = OnlineFixtures.BLAVET;
    private static final String API = "/api/v1/territoires/" + CODE + "/parcours";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Test
    void anEditorBuildsAParcoursReordersItAndFollowsItsProgress() throws Exception {
        String editor = clearedAsEditor();
        long survey = id(
                post("{\"outil\": \"enquete-collective\", \"date\": \"2027-03-15\", \"note\": \"Quartier\"}", editor));
        long walk = id(post("{\"outil\": \"diagnostic-en-marchant\"}", editor));
        long forum = id(post("{\"outil\": \"forum-ouvert\", \"statut\": \"en_cours\"}", editor));
        patch(walk, "{\"statut\": \"fait\", \"rang\": 1}", editor);
        patch(survey, "{\"date\": null}", editor);
        Map<String, Object> parcours = read(editor);
        assertThat(parcours).containsEntry("faites", 1).containsEntry("total", 3);
        List<Map<String, Object>> steps = steps(parcours);
        assertThat(steps).extracting(s -> ((Number) s.get("id")).longValue()).containsExactly(walk, survey, forum);
        assertThat(steps).extracting(s -> s.get("rang")).containsExactly(1, 2, 3);
        assertThat(steps.get(1)).containsEntry("date", null).containsEntry("note", "Quartier");
        assertThat(steps.get(0)).containsEntry("statut", "fait").containsEntry("modifie_par", editor);
        assertThat(mvc.delete().uri(API + "/etapes/" + survey).with(as(editor)).exchange())
                .hasStatus(204);
        assertThat(steps(read(editor))).hasSize(2);
    }

    @Test
    void wrongFieldsAreRefusedNamingEachField() throws Exception {
        String editor = clearedAsEditor();
        var result = mvc.post()
                .uri(API + "/etapes")
                .with(as(editor))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outil\": \"fresque\", \"date\": \"15/03/2027\", \"statut\": \"fini\", \"couleur\": 1}")
                .exchange();
        assertThat(result).hasStatus(400);
        String body = result.getResponse().getContentAsString();
        assertThat(body)
                .contains("aucun outil n'a l'identifiant « fresque »")
                .contains("date attendue au format aaaa-mm-jj")
                .contains("statut inconnu « fini »")
                .contains("\"champ\":\"couleur\"");
        assertThat(mvc.patch()
                        .uri(API + "/etapes/999999999")
                        .with(as(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"statut\": \"fait\"}")
                        .exchange())
                .hasStatus(404);
    }

    @Test
    void theSuggestedParcoursIsCopiedInOneClickInPhaseOrderAndThePageShowsTheProgress() throws Exception {
        String editor = clearedAsEditor();
        var copied = mvc.post()
                .uri("/territoires/" + CODE + "/parcours/suggere")
                .with(as(editor))
                .with(csrf())
                .exchange();
        assertThat(copied).hasStatus(302);
        List<Map<String, Object>> steps = steps(read(editor));
        assertThat(steps)
                .extracting(s -> (String) ((Map<?, ?>) s.get("outil")).get("id"))
                .containsExactlyElementsOf(Parcours.SUGGESTED);
        List<Phase> phases = steps.stream()
                .map(s -> Phase.valueOf(((String) ((Map<?, ?>) s.get("outil")).get("phase")).toUpperCase()))
                .toList();
        assertThat(phases).isSorted();
        var wrongDate = mvc.post()
                .uri("/territoires/" + CODE + "/parcours/etapes/" + steps.get(0).get("id"))
                .with(as(editor))
                .with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("statut=fait&date=demain&note=")
                .exchange();
        assertThat(wrongDate).hasStatus(400);
        assertThat(wrongDate.getResponse().getContentAsString()).contains("date attendue au format aaaa-mm-jj");
        String page = mvc.get()
                .uri("/territoires/" + CODE + "/parcours")
                .with(as(editor))
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("0 étape faite sur " + Parcours.SUGGESTED.size());
    }

    private String clearedAsEditor() throws Exception {
        String editor = OnlineFixtures.member(accounts, Role.EDITEUR, CODE);
        for (Map<String, Object> s : steps(read(editor)))
            mvc.delete().uri(API + "/etapes/" + s.get("id")).with(as(editor)).exchange();
        return editor;
    }

    private MvcTestResult post(String body, String editor) {
        var result = mvc.post()
                .uri(API + "/etapes")
                .with(as(editor))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
        assertThat(result).hasStatus(201);
        return result;
    }

    private void patch(long id, String body, String editor) {
        var result = mvc.patch()
                .uri(API + "/etapes/" + id)
                .with(as(editor))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
        assertThat(result).hasStatusOk();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String member) throws Exception {
        String body =
                mvc.get().uri(API).with(as(member)).exchange().getResponse().getContentAsString();
        return JSON.readValue(body, Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> parcours) {
        return (List<Map<String, Object>>) parcours.get("etapes");
    }

    @SuppressWarnings("unchecked")
    private static long id(MvcTestResult result) throws Exception {
        return ((Number) JSON.readValue(result.getResponse().getContentAsString(), Map.class)
                        .get("id"))
                .longValue();
    }
}
