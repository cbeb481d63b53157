package fr.resilience360.survey;

import static fr.resilience360.survey.SurveyFixtures.LORIENT_AGGLO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.territory.Territories;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Issue 11, item 5: « a respondent can see, export or delete their own answer with their token ». The respondent's
 * key is shown after answering as their code; typed on another device, it gives that browser the same key, so « Ma
 * réponse » works there too. A code that matches no answer gives nothing away and sets nothing.
 */
@IntegrationTest
class OwnAnswerCodeTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Surveys surveys;

    @Autowired
    Territories territories;

    @Test
    void theThanksAndMyAnswerPagesShowTheRespondentsCode() throws Exception {
        CreatedSurvey survey = open();
        String key = SurveySecrets.token();
        answer(survey, key);
        Cookie browser = new Cookie(RespondentCookie.NAME, key);

        for (String page : new String[] {"/merci", "/ma-reponse"})
            assertThat(html(mvc.get()
                            .uri("/enquetes/" + survey.token() + page)
                            .cookie(browser)
                            .exchange()))
                    .contains("Votre code de réponse", ">" + key + "</code>")
                    .contains("href=\"/enquetes/" + survey.token() + "/ma-reponse/retrouver\"");
    }

    @Test
    void theCodeTypedOnAnotherDeviceGivesItTheAnswer() throws Exception {
        CreatedSurvey survey = open();
        String key = SurveySecrets.token();
        answer(survey, key);

        MvcTestResult typed = recover(survey, "  " + key + " ");

        assertThat(typed).hasRedirectedUrl("/enquetes/" + survey.token() + "/ma-reponse");
        Cookie given = typed.getResponse().getCookie(RespondentCookie.NAME);
        assertThat(given).isNotNull();
        assertThat(given.getValue()).isEqualTo(key);
        assertThat(given.isHttpOnly()).isTrue();
        assertThat(html(mvc.get()
                        .uri("/enquetes/" + survey.token() + "/ma-reponse")
                        .cookie(given)
                        .exchange()))
                .contains("Ma réponse", "Supprimer ma réponse");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "trop-court", "ceci n'est pas un code valide du tout", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void aCodeThatMatchesNoAnswerIsRefusedAndSetsNothing(String code) throws Exception {
        CreatedSurvey survey = open();
        answer(survey, SurveySecrets.token());

        MvcTestResult typed = recover(survey, code);

        assertThat(typed).hasStatus(400);
        assertThat(typed.getResponse().getCookie(RespondentCookie.NAME)).isNull();
        assertThat(html(typed))
                .contains("Aucune réponse à cette enquête ne correspond à ce code", "aria-invalid=\"true\"");
    }

    @Test
    void theFormNeedsItsCsrfToken() {
        CreatedSurvey survey = open();
        assertThat(mvc.get().uri("/enquetes/" + survey.token() + "/ma-reponse/retrouver"))
                .hasStatusOk()
                .bodyText()
                .contains("Code de réponse", "name=\"_csrf\"");
        assertThat(mvc.post()
                        .uri("/enquetes/" + survey.token() + "/ma-reponse/retrouver")
                        .param("code", SurveySecrets.token()))
                .hasStatus(403);
    }

    private MvcTestResult recover(CreatedSurvey survey, String code) {
        return mvc.post()
                .uri("/enquetes/" + survey.token() + "/ma-reponse/retrouver")
                .with(csrf())
                .param("code", code)
                .exchange();
    }

    private CreatedSurvey open() {
        return surveys.create(territories.require(LORIENT_AGGLO), "habitants", "essai");
    }

    private void answer(CreatedSurvey survey, String key) {
        StringBuilder body = new StringBuilder("{\"reponses\":{");
        SurveyFixtures.template("habitants").questions().values().stream()
                .filter(q -> q.type() == QuestionType.ECHELLE)
                .forEach(q -> body.append('"').append(q.code()).append("\":3,"));
        body.setLength(body.length() - 1);
        body.append("}}");
        assertThat(mvc.post()
                        .uri("/api/v1/enquetes/" + survey.token() + "/reponses")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("X-Respondent-Key", key)
                        .content(body.toString()))
                .hasStatus(201);
    }

    private static String html(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
