package fr.resilience360.survey;

import static fr.resilience360.survey.SurveyFixtures.LORIENT_AGGLO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.territory.Territories;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.MultiValueMap;

/**
 * Issue 11, item 2: « editing one's answer until closing if the team allows it ». From « Ma réponse », the answering
 * form filled with the stored answer; sent, it replaces the answers of the same row (same id, {@code updated_at} set),
 * checked like a new answer. Not allowed by the team: no link and 403; closed: 404; another browser: 404.
 */
@IntegrationTest
class OwnAnswerEditTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Surveys surveys;

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    @Test
    void myAnswerOffersToEditItWhenTheTeamAllowsIt() throws Exception {
        CreatedSurvey survey = open(true);
        Cookie respondent = answered(survey);

        assertThat(html(mvc.get().uri(mine(survey)).cookie(respondent).exchange()))
                .contains("href=\"" + mine(survey) + "/modification\">Modifier ma réponse</a>");
    }

    @Test
    void theEditFormIsTheAnsweringFormFilledWithTheStoredAnswerAndSavesNoDraft() throws Exception {
        CreatedSurvey survey = open(true);
        Cookie respondent = answered(survey);

        MvcTestResult page =
                mvc.get().uri(mine(survey) + "/modification").cookie(respondent).exchange();

        assertThat(page).hasStatusOk();
        assertThat(html(page))
                .contains("Vous modifiez votre réponse")
                .contains("action=\"" + mine(survey) + "/modification\"")
                .doesNotContain("data-brouillon")
                .containsPattern(
                        "id=\"q-anciennete-de_2_a_10_ans\"\\s+name=\"anciennete\" value=\"de_2_a_10_ans\" checked")
                .contains("id=\"q-besoin_eau-3\" name=\"besoin_eau\" value=\"3\" checked=\"checked\"")
                .containsPattern(
                        "id=\"q-personnes_foyer\" name=\"personnes_foyer\"\\s+min=\"1\" max=\"20\" value=\"3\"")
                .contains("<option value=\"1\" selected=\"selected\">Rang 1</option>")
                .containsPattern("name=\"preparation_foyer.autre\"\\s+value=\"Un poêle\"")
                .contains("Enregistrer ma réponse modifiée")
                .contains("name=\"_csrf\"");
    }

    @Test
    void sendingTheEditedFormReplacesTheAnswersOfTheSameRow() {
        CreatedSurvey survey = open(true);
        Cookie respondent = answered(survey);
        long id = responseId(survey);
        MultiValueMap<String, String> edited = SurveyFixtures.completeForm();
        edited.set("besoin_eau", "5");
        edited.set("evenement_vecu", "oui");
        edited.set("evenement_recit", "La tempête de 2023");

        assertThat(edit(survey, respondent, edited)).hasRedirectedUrl(mine(survey) + "?modifiee");

        assertThat(jdbc.sql("select count(*) from survey.response where survey_id = ?")
                        .param(survey.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(responseId(survey)).isEqualTo(id);
        assertThat(updated(survey)).isTrue();
        assertThat(answers(survey))
                .containsEntry("besoin_eau", 5)
                .containsEntry("evenement_recit", "La tempête de 2023")
                .containsEntry("preparation_foyer", List.of("reserve_eau", "autre"));
    }

    @Test
    void aWrongEditIsRefusedFieldByFieldAndTheStoredAnswerStays() throws Exception {
        CreatedSurvey survey = open(true);
        Cookie respondent = answered(survey);
        Map<String, Object> before = answers(survey);
        MultiValueMap<String, String> edited = SurveyFixtures.completeForm();
        edited.set("personnes_foyer", "45");

        MvcTestResult result = edit(survey, respondent, edited);

        assertThat(result).hasStatus(400);
        assertThat(html(result))
                .contains("id=\"erreur-personnes_foyer\">Erreur : un nombre de 1 à 20 est attendu")
                .contains("action=\"" + mine(survey) + "/modification\"");
        assertThat(answers(survey)).isEqualTo(before);
        assertThat(updated(survey)).isFalse();
    }

    @Test
    void whenTheTeamDoesNotAllowItThereIsNoLinkAndEditingIsRefused() throws Exception {
        CreatedSurvey survey = open(false);
        Cookie respondent = answered(survey);
        Map<String, Object> before = answers(survey);

        assertThat(html(mvc.get().uri(mine(survey)).cookie(respondent).exchange()))
                .doesNotContain("/modification");
        MvcTestResult form =
                mvc.get().uri(mine(survey) + "/modification").cookie(respondent).exchange();
        assertThat(form).hasStatus(403);
        assertThat(html(form)).contains("ne permet pas de modifier une réponse");
        MultiValueMap<String, String> edited = SurveyFixtures.completeForm();
        edited.set("besoin_eau", "5");
        assertThat(edit(survey, respondent, edited)).hasStatus(403);
        assertThat(answers(survey)).isEqualTo(before);
    }

    @Test
    void aClosedSurveyTakesNoEdit() {
        CreatedSurvey survey = open(true);
        Cookie respondent = answered(survey);
        jdbc.sql("update survey.survey set status = 'fermee' where id = ?")
                .param(survey.id())
                .update();

        assertThat(mvc.get().uri(mine(survey) + "/modification").cookie(respondent))
                .hasStatus(404);
        assertThat(edit(survey, respondent, SurveyFixtures.completeForm())).hasStatus(404);
        assertThat(updated(survey)).isFalse();
    }

    @Test
    void anotherBrowserHasNoAnswerToEdit() {
        CreatedSurvey survey = open(true);
        answered(survey);
        Cookie other = new Cookie(RespondentCookie.NAME, SurveySecrets.token());

        assertThat(mvc.get().uri(mine(survey) + "/modification").cookie(other)).hasStatus(404);
        assertThat(edit(survey, other, SurveyFixtures.completeForm())).hasStatus(404);
        assertThat(updated(survey)).isFalse();
    }

    @Test
    void editingNeedsTheCsrfToken() {
        CreatedSurvey survey = open(true);
        Cookie respondent = answered(survey);

        assertThat(mvc.post()
                        .uri(mine(survey) + "/modification")
                        .cookie(respondent)
                        .params(SurveyFixtures.completeForm()))
                .hasStatus(403);
        assertThat(updated(survey)).isFalse();
    }

    private CreatedSurvey open(boolean allowEdit) {
        CreatedSurvey survey = surveys.create(territories.require(LORIENT_AGGLO), "habitants", "essai");
        jdbc.sql("update survey.survey set allow_edit = ? where id = ?")
                .params(allowEdit, survey.id())
                .update();
        return survey;
    }

    /** A browser that has answered the survey with {@link SurveyFixtures#completeForm()}. */
    private Cookie answered(CreatedSurvey survey) {
        Cookie respondent = new Cookie(RespondentCookie.NAME, SurveySecrets.token());
        assertThat(mvc.post()
                        .uri("/enquetes/" + survey.token())
                        .with(csrf())
                        .cookie(respondent)
                        .params(SurveyFixtures.completeForm()))
                .hasRedirectedUrl("/enquetes/" + survey.token() + "/merci");
        return respondent;
    }

    private MvcTestResult edit(CreatedSurvey survey, Cookie respondent, MultiValueMap<String, String> form) {
        return mvc.post()
                .uri(mine(survey) + "/modification")
                .with(csrf())
                .cookie(respondent)
                .params(form)
                .exchange();
    }

    private static String mine(CreatedSurvey survey) {
        return "/enquetes/" + survey.token() + "/ma-reponse";
    }

    private long responseId(CreatedSurvey survey) {
        return jdbc.sql("select id from survey.response where survey_id = ?")
                .param(survey.id())
                .query(Long.class)
                .single();
    }

    private boolean updated(CreatedSurvey survey) {
        return jdbc.sql("select count(*) from survey.response where survey_id = ? and updated_at is not null")
                        .param(survey.id())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Map<String, Object> answers(CreatedSurvey survey) {
        return SurveyJson.answers(jdbc.sql("select answers::text from survey.response where survey_id = ?")
                .param(survey.id())
                .query(String.class)
                .single());
    }

    private static String html(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
