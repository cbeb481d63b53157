package fr.resilience360.survey;

import static fr.resilience360.survey.SurveyFixtures.LORIENT_AGGLO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.territory.Territories;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Issue 11, items 2, 3 and 5 on the web: the answering page, its draft, one response per key, one's own answer. */
@IntegrationTest
class AnswerPageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Surveys surveys;

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsTheConsentThenEveryQuestionTypeWithItsAccessibleControl() throws Exception {
        CreatedSurvey survey = open();
        Cookie respondent = respondent();

        MvcTestResult page =
                mvc.get().uri("/enquetes/" + survey.token()).cookie(respondent).exchange();

        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html.indexOf("Avant de répondre")).isLessThan(html.indexOf("<form"));
        assertThat(html)
                .contains("Aucune donnée personnelle n'est demandée")
                .contains("Conservation")
                .contains("name=\"_csrf\"")
                .contains("name=\"cle\"")
                .contains("id=\"site_web\"")
                .contains("type=\"radio\" id=\"q-besoin_eau-5\" name=\"besoin_eau\" value=\"5\"")
                .contains("<legend><span>Depuis combien de temps habitez-vous sur le territoire ?</span>")
                .contains("type=\"number\" inputmode=\"numeric\" id=\"q-personnes_foyer\" name=\"personnes_foyer\"")
                .contains("min=\"1\" max=\"20\"")
                .contains("<select id=\"q-besoins_fragiles-rang-bv1\" name=\"besoins_fragiles.rang.bv1\">")
                .contains("type=\"checkbox\" id=\"q-preparation_foyer-reserve_eau\"")
                .contains("name=\"preparation_foyer.autre\"")
                .contains("<textarea rows=\"5\" maxlength=\"5000\" id=\"q-ressources_locales\"")
                .contains("type=\"text\" maxlength=\"200\" id=\"q-idee_projet\"")
                .contains("data-conditions=\"evenement_vecu=oui\"")
                .contains("À remplir seulement si vous avez répondu « Oui » à la question")
                .contains("<span class=\"visually-hidden\"> (obligatoire)</span>");
    }

    @Test
    void givesTheBrowserALongLivedHttpOnlyRespondentCookie() throws Exception {
        MvcTestResult page = mvc.get().uri("/enquetes/" + open().token()).exchange();

        assertThat(page.getResponse().getHeader("Set-Cookie"))
                .startsWith(RespondentCookie.NAME + "=")
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .contains("Path=/enquetes")
                .contains("Max-Age=34560000");
    }

    @Test
    void refusesABadAnswerWithAFrenchErrorBesideEachFieldAndStoresNothing() throws Exception {
        CreatedSurvey survey = open();
        MultiValueMap<String, String> form = SurveyFixtures.completeForm();
        form.set("besoin_eau", null);
        form.set("personnes_foyer", "45");

        MvcTestResult result = submit(survey, respondent(), form);

        assertThat(result).hasStatus(400);
        String html = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html)
                .contains("2 réponses sont à corriger")
                .contains("id=\"erreur-besoin_eau\">Erreur : réponse obligatoire")
                .contains("id=\"erreur-personnes_foyer\">Erreur : un nombre de 1 à 20 est attendu")
                .contains("value=\"45\"");
        assertThat(responses(survey)).isZero();
    }

    @Test
    void theSameFormSentTwiceStoresOneResponse() throws Exception {
        CreatedSurvey survey = open();
        Cookie respondent = respondent();
        MultiValueMap<String, String> form = SurveyFixtures.completeForm();

        assertThat(submit(survey, respondent, form))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/enquetes/" + survey.token() + "/merci");
        assertThat(submit(survey, respondent, form)).hasRedirectedUrl("/enquetes/" + survey.token() + "/merci");

        assertThat(responses(survey)).isEqualTo(1);
        Map<String, Object> stored =
                SurveyJson.answers(jdbc.sql("select answers::text from survey.response where survey_id = ?")
                        .param(survey.id())
                        .query(String.class)
                        .single());
        assertThat(stored)
                .containsEntry("besoins_fragiles", java.util.List.of("bi2", "bv1"))
                .containsEntry("preparation_foyer", java.util.List.of("reserve_eau", "autre"))
                .containsEntry("preparation_foyer.autre", "Un poêle")
                .containsEntry("personnes_foyer", 3)
                .doesNotContainKey("evenement_recit");
    }

    @Test
    void aSecondFormFromTheSameBrowserLeadsToItsAnswerNotToASecondRow() throws Exception {
        CreatedSurvey survey = open();
        Cookie respondent = respondent();
        submit(survey, respondent, SurveyFixtures.completeForm());
        MultiValueMap<String, String> again = SurveyFixtures.completeForm();
        again.set("cle", UUID.randomUUID().toString());

        assertThat(submit(survey, respondent, again)).hasRedirectedUrl("/enquetes/" + survey.token() + "/ma-reponse");
        assertThat(mvc.get().uri("/enquetes/" + survey.token()).cookie(respondent))
                .hasRedirectedUrl("/enquetes/" + survey.token() + "/ma-reponse");
        assertThat(responses(survey)).isEqualTo(1);
    }

    @Test
    void savesTheDraftAsThePersonAnswersAndRestoresItOnReload() throws Exception {
        CreatedSurvey survey = open();
        Cookie respondent = respondent();
        MultiValueMap<String, String> partial = new LinkedMultiValueMap<>();
        partial.add("besoin_eau", "2");
        partial.add("besoins_fragiles.rang.bi3", "1");
        partial.add("idee_projet", "Un jardin partagé");

        assertThat(mvc.post()
                        .uri("/enquetes/" + survey.token() + "/brouillon")
                        .with(csrf())
                        .cookie(respondent)
                        .params(partial))
                .hasStatus(204);

        String html = mvc.get()
                .uri("/enquetes/" + survey.token())
                .cookie(respondent)
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html)
                .contains("id=\"q-besoin_eau-2\" name=\"besoin_eau\" value=\"2\" checked=\"checked\"")
                .contains("<option value=\"1\" selected=\"selected\">Rang 1</option>")
                .contains("value=\"Un jardin partagé\"");
    }

    @Test
    void theResponseDeletesTheDraftInTheSameTransaction() throws Exception {
        CreatedSurvey survey = open();
        Cookie respondent = respondent();
        mvc.post()
                .uri("/enquetes/" + survey.token() + "/brouillon")
                .with(csrf())
                .cookie(respondent)
                .param("besoin_eau", "2")
                .exchange();
        assertThat(drafts(survey)).isEqualTo(1);

        submit(survey, respondent, SurveyFixtures.completeForm());

        assertThat(drafts(survey)).isZero();
    }

    @Test
    void theRespondentSeesExportsAndDeletesTheirOwnAnswer() throws Exception {
        CreatedSurvey survey = open();
        Cookie respondent = respondent();
        submit(survey, respondent, SurveyFixtures.completeForm());
        String base = "/enquetes/" + survey.token();

        assertThat(mvc.get().uri(base + "/merci").cookie(respondent))
                .hasStatusOk()
                .bodyText()
                .contains("Merci")
                .contains("voir, exporter ou");
        assertThat(mvc.get().uri(base + "/ma-reponse").cookie(respondent))
                .hasStatusOk()
                .bodyText()
                .contains("Un poêle")
                .contains("De 2 à 10 ans");
        assertThat(mvc.get().uri(base + "/ma-reponse.json").cookie(respondent))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.reponses.anciennete")
                .isEqualTo("de_2_a_10_ans");
        assertThat(mvc.get().uri(base + "/ma-reponse").cookie(respondent())).hasStatus(404);
        assertThat(mvc.post().uri(base + "/ma-reponse/suppression").with(csrf()).cookie(respondent))
                .hasStatusOk()
                .bodyText()
                .contains("Réponse supprimée");
        assertThat(responses(survey)).isZero();
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        CreatedSurvey survey = open();

        assertThat(mvc.post()
                        .uri("/enquetes/" + survey.token())
                        .cookie(respondent())
                        .params(SurveyFixtures.completeForm()))
                .hasStatus(403);
        assertThat(responses(survey)).isZero();
    }

    @Test
    void aFilledHoneypotStoresNothing() throws Exception {
        CreatedSurvey survey = open();
        MultiValueMap<String, String> form = SurveyFixtures.completeForm();
        form.set("site_web", "http://spam.example");

        assertThat(submit(survey, respondent(), form)).hasStatus(400).bodyText().contains("pas pu être enregistrée.");
        assertThat(responses(survey)).isZero();
    }

    @Test
    void anUnknownOrClosedSurveyIsAFrench404Page() {
        CreatedSurvey survey = open();
        jdbc.sql("update survey.survey set status = 'fermee' where id = ?")
                .param(survey.id())
                .update();

        for (String token : new String[] {survey.token(), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
            assertThat(mvc.get().uri("/enquetes/" + token))
                    .hasStatus(404)
                    .bodyText()
                    .contains("Page introuvable")
                    .contains("Aucune enquête ouverte ne correspond à ce lien");
    }

    private CreatedSurvey open() {
        return surveys.create(territories.require(LORIENT_AGGLO), "habitants", "essai");
    }

    private static Cookie respondent() {
        return new Cookie(RespondentCookie.NAME, SurveySecrets.token());
    }

    private MvcTestResult submit(CreatedSurvey survey, Cookie respondent, MultiValueMap<String, String> form) {
        return mvc.post()
                .uri("/enquetes/" + survey.token())
                .with(csrf())
                .cookie(respondent)
                .params(form)
                .exchange();
    }

    private long responses(CreatedSurvey survey) {
        return jdbc.sql("select count(*) from survey.response where survey_id = ?")
                .param(survey.id())
                .query(Long.class)
                .single();
    }

    private long drafts(CreatedSurvey survey) {
        return jdbc.sql("select count(*) from survey.answer_draft where survey_id = ?")
                .param(survey.id())
                .query(Long.class)
                .single();
    }
}
