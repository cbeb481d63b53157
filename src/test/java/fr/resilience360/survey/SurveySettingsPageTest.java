package fr.resilience360.survey;

import static fr.resilience360.survey.SurveyFixtures.LORIENT_AGGLO;
import static fr.resilience360.survey.SurveyFixtures.as;
import static fr.resilience360.survey.SurveyFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Role;
import fr.resilience360.territory.Territories;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 11, item 1, the team's side: the page of a territory's surveys (list, link, QR codes, number of answers),
 * opening a survey from a template, and each survey's settings — dates, closing now and reopening, editable answers,
 * retention — refused field by field in French with nothing written.
 */
@IntegrationTest
class SurveySettingsPageTest {

    private static final String PAGE = "/territoires/" + LORIENT_AGGLO + "/enquetes";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Surveys surveys;

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    @Test
    void membersSeeEachSurveyWithItsStateLinkQrCodesAndNumberOfAnswers() throws Exception {
        CreatedSurvey survey = open();
        answer(survey);

        String html = html(mvc.get()
                .uri(PAGE)
                .with(as(member(accounts, Role.LECTEUR, LORIENT_AGGLO)))
                .exchange());

        assertThat(html)
                .contains("Enquêtes collectives de CA Lorient Agglomération")
                .contains(
                        "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-labelledby=\"enquetes-titre\">")
                .contains("href=\"#enquete-" + survey.id() + "\">n° " + survey.id() + "</a>")
                .contains("href=\"" + survey.link() + "\"")
                .contains("href=\"/enquetes/" + survey.id() + "/qr.png\"")
                .contains(
                        "href=\"/enquetes/" + survey.id() + "/synthese\"",
                        "href=\"/enquetes/" + survey.id() + "/export.csv\"")
                .contains(
                        "href=\"/enquetes/" + survey.id() + "/papier\"",
                        "href=\"/enquetes/" + survey.id() + "/saisie\"")
                .contains("href=\"/enquetes/" + survey.id() + "/qr.svg\"")
                .containsPattern("<dt>Réponses</dt><dd>1</dd>")
                .containsPattern("<dt>État</dt><dd>ouverte</dd>")
                .doesNotContain("Enregistrer les réglages")
                .doesNotContain("Ouvrir l'enquête");
    }

    @Test
    void editorsSeeTheOpeningFormAndEachSurveysSettingsFilledWithItsValues() throws Exception {
        CreatedSurvey survey = open();

        String html = html(mvc.get().uri(PAGE).with(as(editor())).exchange());

        LocalDate retain = jdbc.sql("select retain_until from survey.survey where id = ?")
                .param(survey.id())
                .query(LocalDate.class)
                .single();
        assertThat(html)
                .contains("<legend>Modèle de questionnaire</legend>")
                .contains("name=\"modele\" id=\"modele-elus\" value=\"elus\"")
                .contains("action=\"/enquetes/" + survey.id() + "/reglages#enquete-" + survey.id() + "\"")
                .contains("id=\"conservation-" + survey.id() + "\" value=\"" + retain + "\"")
                .contains("id=\"anonymiser-" + survey.id() + "\" checked=\"checked\"")
                .contains("Fermer maintenant l’enquête n° " + survey.id())
                .contains("name=\"_csrf\"");
    }

    @Test
    void membersFindThePageFromTheirAccountAndFromTheTerritorysDiagnostics() throws Exception {
        String reader = member(accounts, Role.LECTEUR, LORIENT_AGGLO);

        assertThat(html(mvc.get().uri("/compte").with(as(reader)).exchange()))
                .contains("href=\"" + PAGE + "\">Enquêtes collectives</a>");
        assertThat(html(mvc.get()
                        .uri("/territoires/" + LORIENT_AGGLO + "/diagnostics")
                        .with(as(reader))
                        .exchange()))
                .contains("href=\"" + PAGE + "\">enquêtes collectives du territoire</a>");
    }

    @Test
    void anEditorOpensASurveyFromATemplate() {
        String editor = editor();

        MvcTestResult result = mvc.post()
                .uri(PAGE)
                .with(as(editor))
                .with(csrf())
                .param("modele", "entreprises")
                .exchange();

        long id = jdbc.sql("select id from survey.survey where created_by = ? and template = 'entreprises'")
                .param(editor)
                .query(Long.class)
                .single();
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl(PAGE + "#enquete-" + id);
        assertThat(result.getMvcResult().getFlashMap().get("notice"))
                .isEqualTo("Enquête n° " + id + " ouverte : son lien est prêt à diffuser.");
    }

    @Test
    void anUnknownTemplateIsRefusedByNameAndOpensNothing() throws Exception {
        String editor = editor();

        MvcTestResult result = mvc.post()
                .uri(PAGE)
                .with(as(editor))
                .with(csrf())
                .param("modele", "sondage")
                .exchange();

        assertThat(result).hasStatus(400);
        assertThat(html(result))
                .contains("id=\"modele-erreur\" class=\"field-error\">Modèle : choisissez l")
                .contains("aria-describedby=\"modele-erreur\"");
        assertThat(jdbc.sql("select count(*) from survey.survey where created_by = ?")
                        .param(editor)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void savesTheDatesEditableAnswersAndRetentionChosen() throws Exception {
        CreatedSurvey survey = open();

        MvcTestResult result = settings(survey, "2030-01-10", "2030-01-31", "2031-01-31", "supprimer", true);

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl(PAGE + "#enquete-" + survey.id());
        assertThat(result.getMvcResult().getFlashMap().get("notice"))
                .isEqualTo("Réglages de l'enquête n° " + survey.id() + " enregistrés.");
        assertThat(stored(survey))
                .containsEntry("opens_at", Instant.parse("2030-01-09T23:00:00Z"))
                .containsEntry("closes_at", Instant.parse("2030-01-31T23:00:00Z"))
                .containsEntry("allow_edit", true)
                .containsEntry("retain_until", LocalDate.of(2031, 1, 31))
                .containsEntry("retention_action", "supprimer");
        assertThat(mvc.get().uri("/enquetes/" + survey.token())).hasStatus(404);
        assertThat(html(mvc.get().uri(PAGE).with(as(editor())).exchange()))
                .contains("<div><dt>État</dt><dd>à venir</dd></div>")
                .contains("<div><dt>Fermeture</dt><dd>31/01/2030 au soir</dd></div>")
                .contains("<dd>permise jusqu’à la fermeture</dd>")
                .contains("<dd>jusqu’au 31/01/2031, puis réponses supprimées</dd>");
    }

    @Test
    void aClosingBeforeTheOpeningIsRefusedBesideItsFieldAndNothingIsWritten() throws Exception {
        CreatedSurvey survey = open();
        Map<String, Object> before = stored(survey);

        MvcTestResult result = settings(survey, "2030-01-10", "2030-01-05", "2031-01-31", "supprimer", true);

        assertThat(result).hasStatus(400);
        long n = survey.id();
        assertThat(html(result))
                .contains("Un réglage est à corriger")
                .contains("href=\"#fermeture-" + n + "\">Date de fermeture : le 05/01/2030 précède la date d")
                .contains("id=\"fermeture-erreur-" + n + "\">Date de fermeture : le 05/01/2030")
                .contains("aria-describedby=\"fermeture-aide-" + n + " fermeture-erreur-" + n
                        + "\" aria-invalid=\"true\"")
                .contains("id=\"fermeture-" + n + "\" value=\"2030-01-05\"");
        assertThat(stored(survey)).isEqualTo(before);
    }

    @Test
    void closingNowStopsTheAnswersAndReopeningTakesThemAgain() throws Exception {
        CreatedSurvey survey = open();
        String editor = editor();

        assertThat(mvc.post()
                        .uri("/enquetes/" + survey.id() + "/fermeture")
                        .with(as(editor))
                        .with(csrf()))
                .hasRedirectedUrl(PAGE + "#enquete-" + survey.id());
        assertThat(mvc.get().uri("/enquetes/" + survey.token())).hasStatus(404);
        assertThat(html(mvc.get().uri(PAGE).with(as(editor)).exchange()))
                .contains("Rouvrir l’enquête n° " + survey.id());

        assertThat(mvc.post()
                        .uri("/enquetes/" + survey.id() + "/reouverture")
                        .with(as(editor))
                        .with(csrf()))
                .hasRedirectedUrl(PAGE + "#enquete-" + survey.id());
        assertThat(mvc.get().uri("/enquetes/" + survey.token())).hasStatusOk();
    }

    @Test
    void reopeningASurveyPastItsClosingRemovesTheClosing() {
        CreatedSurvey survey = open();
        jdbc.sql("update survey.survey set closes_at = now() - interval '1 day' where id = ?")
                .param(survey.id())
                .update();
        assertThat(mvc.get().uri("/enquetes/" + survey.token())).hasStatus(404);

        mvc.post()
                .uri("/enquetes/" + survey.id() + "/reouverture")
                .with(as(editor()))
                .with(csrf())
                .exchange();

        assertThat(stored(survey)).containsEntry("closes_at", null).containsEntry("status", "ouverte");
        assertThat(mvc.get().uri("/enquetes/" + survey.token())).hasStatusOk();
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefusedAndChangeNothing() {
        CreatedSurvey survey = open();
        String editor = editor();
        Map<String, Object> before = stored(survey);

        assertThat(mvc.post().uri("/enquetes/" + survey.id() + "/fermeture").with(as(editor)))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/enquetes/" + survey.id() + "/reglages")
                        .with(as(editor))
                        .param("ouverture", "2030-01-10")
                        .param("conservation", "2031-01-10")
                        .param("action_conservation", "supprimer"))
                .hasStatus(403);
        assertThat(mvc.post().uri(PAGE).with(as(editor)).param("modele", "elus"))
                .hasStatus(403);
        assertThat(stored(survey)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from survey.survey where created_by = ?")
                        .param(editor)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anUnknownSurveyOrTerritoryIs404() {
        String admin = member(accounts, Role.ADMIN, LORIENT_AGGLO);

        assertThat(mvc.post()
                        .uri("/enquetes/999999999/reglages")
                        .with(as(admin))
                        .with(csrf()))
                .hasStatus(404);
        assertThat(mvc.get().uri("/territoires/99999999/enquetes").with(as(admin)))
                .hasStatus(404);
    }

    @Test
    void theApiChangesTheSameSettingsAndRefusesAWrongFieldByName() {
        CreatedSurvey survey = open();
        String editor = editor();

        var json = assertThat(patch(
                        survey,
                        editor,
                        "{\"fermeture\":\"2030-01-31\",\"conservation\":\"2031-01-31\",\"modification\":true}"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.fermeture").isEqualTo("2030-01-31");
        json.extractingPath("$.modification").isEqualTo(true);
        json.extractingPath("$.ouverte").isEqualTo(true);
        assertThat(stored(survey)).containsEntry("allow_edit", true);

        assertThat(patch(survey, editor, "{\"ouverture\":\"2030-02-01\",\"statut\":\"fini\"}"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.erreurs[0].champ")
                .isEqualTo("statut");
        var closing = assertThat(patch(survey, editor, "{\"ouverture\":\"2030-02-01\"}"))
                .hasStatus(400)
                .bodyJson();
        closing.extractingPath("$.erreurs[0].champ").isEqualTo("fermeture");
        closing.extractingPath("$.erreurs[0].message")
                .asString()
                .startsWith("Date de fermeture : le 31/01/2030 précède");
        assertThat(patch(survey, editor, "{\"statut\":\"fermee\"}")).hasStatusOk();
        assertThat(stored(survey)).containsEntry("status", "fermee");
    }

    private MvcTestResult patch(CreatedSurvey survey, String email, String body) {
        return mvc.patch()
                .uri("/api/v1/enquetes/" + survey.id())
                .with(as(email))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private MvcTestResult settings(
            CreatedSurvey survey, String opening, String closing, String retain, String action, boolean allowEdit) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("ouverture", opening);
        form.add("fermeture", closing);
        form.add("conservation", retain);
        form.add("action_conservation", action);
        if (allowEdit) form.add("modification", "true");
        return mvc.post()
                .uri("/enquetes/" + survey.id() + "/reglages")
                .with(as(editor()))
                .with(csrf())
                .params(form)
                .exchange();
    }

    private Map<String, Object> stored(CreatedSurvey survey) {
        return jdbc.sql("""
                        select status, opens_at, closes_at, allow_edit, retain_until, retention_action
                        from survey.survey where id = ?""")
                .param(survey.id())
                .query((rs, row) -> {
                    Map<String, Object> values = new java.util.HashMap<>();
                    var closes = rs.getObject("closes_at", java.time.OffsetDateTime.class);
                    values.put("status", rs.getString("status"));
                    values.put(
                            "opens_at",
                            rs.getObject("opens_at", java.time.OffsetDateTime.class)
                                    .toInstant());
                    values.put("closes_at", closes == null ? null : closes.toInstant());
                    values.put("allow_edit", rs.getBoolean("allow_edit"));
                    values.put("retain_until", rs.getObject("retain_until", LocalDate.class));
                    values.put("retention_action", rs.getString("retention_action"));
                    return values;
                })
                .single();
    }

    private String editor() {
        return member(accounts, Role.EDITEUR, LORIENT_AGGLO);
    }

    private CreatedSurvey open() {
        return surveys.create(territories.require(LORIENT_AGGLO), "habitants", "essai");
    }

    private void answer(CreatedSurvey survey) {
        assertThat(mvc.post()
                        .uri("/api/v1/enquetes/" + survey.token() + "/reponses")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .content("{\"reponses\":" + SurveyJson.write(SurveyRetentionTest.complete()) + "}"))
                .hasStatus(201);
    }

    private static String html(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
