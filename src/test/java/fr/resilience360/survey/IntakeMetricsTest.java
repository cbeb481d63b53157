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
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Issue 14, survey intake: {@code resilience360.survey.answers} counts each stored answer once, by source (web or
 * paper, entered sheet or imported line), and neither a replay nor a refused import.
 */
@IntegrationTest
class IntakeMetricsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MeterRegistry registry;

    @Autowired
    Responses responses;

    @Autowired
    Surveys surveys;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    PaperRepository paper;

    @Test
    void countsAWebAnswerOnceAndNotItsReplay() {
        CreatedSurvey survey = surveys.create(territories.require(LORIENT_AGGLO), "habitants", "essai");
        var submission = new Responses.Submission(
                AnswerCheckTest.requiredAnswers(), "", UUID.randomUUID().toString(), null);
        double before = count("web");

        responses.submit(survey.token(), submission);
        responses.submit(survey.token(), submission);

        assertThat(count("web")).isEqualTo(before + 1);
    }

    @Test
    void countsEnteredSheetsAndImportedLinesAsPaperAnswersOnce() throws Exception {
        CreatedSurvey survey = surveys.create(territories.require(LORIENT_AGGLO), "entreprises", "essai");
        paper.reserveSheets(survey.id(), 3);
        String volunteer = member(accounts, Role.CONTRIBUTEUR, LORIENT_AGGLO);
        double before = count("papier");

        assertThat(mvc.post()
                        .uri("/enquetes/" + survey.id() + "/saisie")
                        .with(csrf())
                        .with(as(volunteer))
                        .param("cle", UUID.randomUUID().toString())
                        .param("feuille", new SheetCode(survey.id(), 1).toString())
                        .param("secteur", "commerce")
                        .param("effectif", "3")
                        .param("plan_continuite", "non"))
                .hasStatus(302);
        String key = UUID.randomUUID().toString();
        String csv = "feuille;secteur;effectif;plan_continuite\n" + new SheetCode(survey.id(), 2) + ";commerce;3;non\n"
                + new SheetCode(survey.id(), 3) + ";commerce;12;non\n";
        assertThat(importCsv(survey.id(), csv, key, volunteer)).contains("2 réponses importées.");
        assertThat(importCsv(survey.id(), csv, key, volunteer)).contains("Cet import a déjà été fait");

        assertThat(count("papier")).isEqualTo(before + 3);
    }

    private String importCsv(long surveyId, String csv, String key, String volunteer) throws Exception {
        MvcTestResult result = mvc.post()
                .uri("/enquetes/" + surveyId + "/import")
                .multipart()
                .param("contenu", Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8)))
                .param("cle", key)
                .with(csrf())
                .with(as(volunteer))
                .exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private double count(String source) {
        return registry.counter(IntakeMetrics.ANSWERS, "source", source).count();
    }
}
