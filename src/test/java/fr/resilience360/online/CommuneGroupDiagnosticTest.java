package fr.resilience360.online;

import static fr.resilience360.online.OnlineFixtures.BLAVET;
import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;
import static fr.resilience360.online.OnlineFixtures.as;
import static fr.resilience360.online.OnlineFixtures.member;
import static fr.resilience360.online.OnlineFixtures.stranger;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Role;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** A diagnostic of a custom group of communes, started from a territory's list or the API, with that territory's rights. */
@IntegrationTest
class CommuneGroupDiagnosticTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FORM = "/territoires/" + LORIENT_AGGLO + "/diagnostics/groupe";
    private static final String API = "/api/v1/territoires/" + LORIENT_AGGLO + "/diagnostics";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    OnlineDiagnostics diagnostics;

    @Autowired
    TerritoryDirectory directory;

    @Test
    void anEditorStartsAGroupFromTheListAndItsPortraitNamesTheGroup() {
        String editor = member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        assertThat(mvc.get()
                        .uri("/territoires/" + LORIENT_AGGLO + "/diagnostics")
                        .with(as(editor)))
                .bodyText()
                .contains("Diagnostic d'un groupe de communes");
        MvcTestResult started = form(editor, "Rade de Lorient", "56121, 56098\n29233 56121");
        assertThat(started).hasStatus(302);
        String page = started.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(page).with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Diagnostic 360° de Groupe « Rade de Lorient » (3 communes)",
                        "Lanester (56098)",
                        "Quimperlé (29233)",
                        "ne s'applique pas à un groupe de communes")
                .doesNotContain("Comparer avec un territoire de référence");
        assertThat(mvc.get()
                        .uri("/territoires/" + LORIENT_AGGLO + "/diagnostics")
                        .with(as(editor)))
                .bodyText()
                .contains("Groupe « Rade de Lorient » (3 communes)");
        assertThat(mvc.get().uri(page + "/besoins/bv1").with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("Groupe « Rade de Lorient » (3 communes)");
        assertThat(mvc.get().uri(page + ".csv").with(as(editor))).hasStatusOk();
        assertThat(mvc.get().uri(page + ".xlsx").with(as(editor))).hasStatusOk();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Rade     | 56121\\n56098\\n56999    | Ligne 3 : « 56999 » n'est pas une commune du COG 2025.
            ''       | 56121 56098              | Donnez un nom au groupe de communes.
            Rade     | 56121, 56121             | Un groupe réunit au moins 2 communes distinctes (1 donnée).
            Rade     | ''                       | Un groupe réunit au moins 2 communes distinctes (0 donnée).
            Rade     | 56121 dep-56             | Ligne 1 : « dep-56 » est Morbihan, pas une commune.
            """)
    void aGroupTypedWrongIsRefusedWithTheReasonAndNothingIsWritten(String name, String codes, String reason) {
        String editor = member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        int drafts = diagnostics.drafts(LORIENT_AGGLO).size();
        assertThat(form(editor, name, codes.replace("\\n", "\n")))
                .hasStatus(400)
                .bodyText()
                .contains(reason.replace("'", "&#39;"));
        assertThat(diagnostics.drafts(LORIENT_AGGLO)).hasSize(drafts);
    }

    @Test
    void aGroupHoldsAtMostAThousandCommunes() {
        List<String> codes = directory.ofType(TerritoryType.COMMUNE).stream()
                .map(TerritorySummary::code)
                .limit(1001)
                .toList();
        String editor = member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        assertThat(form(editor, "Grand", String.join("\n", codes)))
                .hasStatus(400)
                .bodyText()
                .contains("Un groupe réunit au plus 1 000 communes distinctes.");
        MvcTestResult started = form(editor, "Grand", String.join(" ", codes.subList(0, 1000)));
        assertThat(started).hasStatus(302);
        assertThat(mvc.get().uri(started.getResponse().getRedirectedUrl()).with(as(editor)))
                .hasStatusOk()
                .bodyText()
                .contains("Groupe « Grand » (1000 communes)");
    }

    @Test
    void onlyEditorsAndAdminsOfTheOwnerTerritoryStartAGroup() {
        assertThat(mvc.post().uri(FORM).with(csrf()).param("nom", "x").param("communes", "56121 56098"))
                .hasStatus(302)
                .hasRedirectedUrl("/connexion");
        assertThat(form(stranger(accounts), "Rade", "56121 56098")).hasStatus(403);
        assertThat(form(member(accounts, Role.LECTEUR, LORIENT_AGGLO), "Rade", "56121 56098"))
                .hasStatus(403);
        assertThat(form(member(accounts, Role.CONTRIBUTEUR, LORIENT_AGGLO), "Rade", "56121 56098"))
                .hasStatus(403);
        assertThat(form(member(accounts, Role.ADMIN, BLAVET), "Rade", "56121 56098"))
                .hasStatus(403);
        assertThat(form(member(accounts, Role.EDITEUR, LORIENT_AGGLO), "Rade", "56121 56098"))
                .hasStatus(302);
        assertThat(form(member(accounts, Role.ADMIN, LORIENT_AGGLO), "Rade", "56121 56098"))
                .hasStatus(302);
    }

    @Test
    void theApiStartsAGroupAndItsJsonCarriesTheGroup() throws Exception {
        String editor = member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        MvcTestResult created = api(editor, "{\"groupe\":{\"nom\":\"Rade\",\"communes\":[\"56121\",\"56098\"]}}");
        assertThat(created).hasStatus(201);
        long id = ((Number) json(created).get("id")).longValue();

        Map<String, Object> draft =
                json(mvc.get().uri("/api/v1/diagnostics/" + id).with(as(editor)));
        assertThat(draft).containsEntry("groupe", Map.of("nom", "Rade", "communes", List.of("56098", "56121")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) draft.get("indicateurs");
        assertThat(rows)
                .filteredOn(r -> "donnees_ouvertes".equals(r.get("origine")))
                .hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(r -> assertThat(map(r.get("donnees_ouvertes")))
                        .containsKeys("valeur", "annee", "source", "methode", "couverture", "indicateur"))
                .anySatisfy(r -> assertThat(((Map<?, ?>) r.get("donnees_ouvertes")).get("methode"))
                        .asString()
                        .contains("groupe de 2 communes"));
        assertThat(mvc.get().uri("/api/v1/diagnostics/" + id).with(as(member(accounts, Role.ADMIN, BLAVET))))
                .hasStatus(404);
    }

    @Test
    void aGroupsEvolutionIsOnlyMeasuredAgainstADiagnosticOfTheSameGroup() throws Exception {
        String editor = member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        String body = "{\"groupe\":{\"nom\":\"Rade\",\"communes\":[\"56121\",\"56098\"]}}";
        long group = ((Number) json(api(editor, body)).get("id")).longValue();
        long sameCommunes =
                ((Number) json(api(editor, body.replace("Rade", "Autre nom"))).get("id")).longValue();
        long territory = ((Number) json(api(editor, "{}")).get("id")).longValue();

        assertThat(evolution(group, sameCommunes, editor)).hasStatusOk();
        assertThat(evolution(group, territory, editor))
                .hasStatus(400)
                .bodyText()
                .contains("ne portent pas sur le même territoire ou groupe de communes");
        assertThat(mvc.get().uri("/diagnostics/" + group).with(as(editor)))
                .bodyText()
                .contains("brouillon n° " + sameCommunes)
                .doesNotContain("brouillon n° " + territory);
    }

    private MvcTestResult evolution(long id, long since, String email) {
        return mvc.get()
                .uri("/diagnostics/" + id + "/evolution")
                .param("depuis", "" + since)
                .with(as(email))
                .exchange();
    }

    @Test
    void theApiRefusesABadCommuneWithAFrenchProblemAndTheRoleAsForAnyStart() {
        String editor = member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        String body = "{\"groupe\":{\"nom\":\"Rade\",\"communes\":[\"56121\",\"56999\"]}}";
        assertThat(api(editor, body))
                .hasStatus(400)
                .bodyText()
                .contains("Commune n° 2 : « 56999 » n'est pas une commune du COG 2025.");
        assertThat(api(null, body)).hasStatus(401);
        assertThat(api(member(accounts, Role.LECTEUR, LORIENT_AGGLO), body)).hasStatus(403);
        assertThat(api(member(accounts, Role.ADMIN, BLAVET), body)).hasStatus(403);
        assertThat(api(member(accounts, Role.ADMIN, LORIENT_AGGLO), body.replace("56999", "29233")))
                .hasStatus(201);
    }

    private MvcTestResult form(String email, String name, String codes) {
        return mvc.post()
                .uri(FORM)
                .with(as(email))
                .with(csrf())
                .param("nom", name)
                .param("communes", codes)
                .exchange();
    }

    private MvcTestResult api(String email, String body) {
        var request =
                mvc.post().uri(API).contentType(MediaType.APPLICATION_JSON).content(body);
        if (email != null) request = request.with(as(email));
        return request.exchange();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(MvcTestResult result) throws Exception {
        return JSON.readValue(result.getResponse().getContentAsString(), Map.class);
    }

    private Map<String, Object> json(
            org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request) throws Exception {
        return json(request.exchange());
    }
}
