package fr.resilience360.survey;

import static fr.resilience360.survey.SurveyFixtures.LORIENT_AGGLO;
import static fr.resilience360.survey.SurveyFixtures.as;
import static fr.resilience360.survey.SurveyFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Role;
import fr.resilience360.territory.Territories;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Issue 11, paper answers: the printable A4 form, one code per sheet, never the same code twice. */
@IntegrationTest
class PaperFormTest {

    private static final Pattern SHEET = Pattern.compile("<strong>(\\d+-\\d{4,}-[A-Z])</strong>");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Surveys surveys;

    @Autowired
    Territories territories;

    @Test
    void printsTheQuestionnaireForPaperWithBoxesLinesBoundsConditionsAndRequiredMarks() throws Exception {
        CreatedSurvey survey = open();

        String html = html(print(survey, "?feuilles=1"));

        assertThat(html)
                .contains("/assets/css/survey-paper")
                .contains("<h2 class=\"paper-title\">Enquête")
                .contains("Cochez une case, de 1 à 5.")
                .contains("Cochez autant de cases que vous voulez")
                .contains(
                        "Écrivez un rang dans la case des choix que vous classez : 1 pour le plus important, jusqu&#39;à 3.")
                .contains("Écrivez un nombre dans la case.")
                .contains("(de 1 à 20)")
                .contains("Autre, précisez : <span class=\"paper-line\"></span>")
                .contains("→ À remplir seulement si vous avez répondu « Oui » à la question")
                .contains("<span class=\"visually-hidden\"> (obligatoire)</span>")
                .contains("<span class=\"paper-num\">1.</span>");
        assertThat(codes(html)).containsExactly(new SheetCode(survey.id(), 1).toString());
    }

    @Test
    void printsTheLinkAndItsQrCodeSoThatOneMayAnswerOnlineInstead() throws Exception {
        CreatedSurvey survey = open();

        String html = html(print(survey, ""));

        assertThat(html).contains(survey.link()).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    }

    @Test
    void eachCopyHasItsOwnCodeAndASecondPrintRunNeverReusesOne() throws Exception {
        CreatedSurvey survey = open();

        List<String> first = codes(html(print(survey, "?feuilles=3")));
        List<String> second = codes(html(print(survey, "?feuilles=2")));

        assertThat(first).containsExactly(code(survey, 1), code(survey, 2), code(survey, 3));
        assertThat(second).containsExactly(code(survey, 4), code(survey, 5));
        assertThat(html(print(survey, "?feuilles=500"))).contains("500 feuilles prêtes à imprimer");
    }

    @Test
    void refusesANumberOfSheetsOutside1To500() {
        CreatedSurvey survey = open();

        for (String count : List.of("0", "501", "beaucoup", "-1"))
            assertThat(print(survey, "?feuilles=" + count))
                    .as(count)
                    .hasStatus(400)
                    .bodyText()
                    .contains("Le nombre de feuilles à imprimer va de 1 à 500");
    }

    private MvcTestResult print(CreatedSurvey survey, String query) {
        return mvc.get()
                .uri("/enquetes/" + survey.id() + "/papier" + query)
                .with(as(member(accounts, Role.LECTEUR, LORIENT_AGGLO)))
                .exchange();
    }

    private static String html(MvcTestResult result) throws Exception {
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> codes(String html) {
        List<String> codes = new ArrayList<>();
        Matcher m = SHEET.matcher(html);
        while (m.find()) codes.add(m.group(1));
        return codes;
    }

    private static String code(CreatedSurvey survey, int sheet) {
        return new SheetCode(survey.id(), sheet).toString();
    }

    private CreatedSurvey open() {
        return surveys.create(territories.require(LORIENT_AGGLO), "habitants", "essai");
    }
}
