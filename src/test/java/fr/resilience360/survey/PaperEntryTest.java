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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Issue 11, paper answers: a volunteer types in the printed sheets, each once. */
@IntegrationTest
class PaperEntryTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Surveys surveys;

    @Autowired
    Territories territories;

    @Autowired
    PaperRepository paper;

    @Autowired
    JdbcClient jdbc;

    @Test
    void storesTheSheetAsAPaperAnswerOfTheVolunteerAndShowsTheFormEmptyAgainWithACounter() throws Exception {
        CreatedSurvey survey = open(3);
        String volunteer = member(accounts, Role.CONTRIBUTEUR, LORIENT_AGGLO);

        MvcTestResult result =
                enter(survey, volunteer, sheet(survey, 2, UUID.randomUUID().toString()));

        String code = new SheetCode(survey.id(), 2).toString();
        assertThat(result)
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/enquetes/" + survey.id() + "/saisie?enregistree=" + code);
        Map<String, Object> row = jdbc.sql("select id, source, sheet_code, entered_by, answers::text as answers"
                        + " from survey.response where survey_id = ?")
                .param(survey.id())
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("source", "papier")
                .containsEntry("sheet_code", code)
                .containsEntry("entered_by", volunteer);
        assertThat(SurveyJson.answers((String) row.get("answers")))
                .containsEntry("secteur", "autre")
                .containsEntry("secteur.autre", "Pêche à pied")
                .containsEntry("effectif", 7)
                .containsEntry("mesures", List.of("teletravail", "stock_securite"));
        String page = html(mvc.get()
                .uri(result.getResponse().getRedirectedUrl())
                .with(as(volunteer))
                .exchange());
        assertThat(page)
                .contains("Feuille " + code + " enregistrée (réponse n° " + row.get("id") + ").")
                .contains("Une feuille saisie pour cette enquête.")
                .contains("name=\"feuille\" autocomplete=\"off\"")
                .doesNotContain("Pêche à pied");
    }

    @Test
    void aSheetCountsInTheSynthesisAsAPaperAnswerOfItsVolunteer() {
        CreatedSurvey survey = open(2);
        String volunteer = member(accounts, Role.CONTRIBUTEUR, LORIENT_AGGLO);
        enter(survey, volunteer, sheet(survey, 1, UUID.randomUUID().toString()));
        String synthesis = "/api/v1/enquetes/" + survey.id() + "/synthese";

        for (String query : List.of("", "?source=papier", "?benevole=" + volunteer, "?source=web"))
            assertThat(mvc.get().uri(synthesis + query).with(as(volunteer)))
                    .hasStatusOk()
                    .bodyJson()
                    .extractingPath("$.total")
                    .as(query)
                    .isEqualTo(query.equals("?source=web") ? 0 : 1);
    }

    @Test
    void refusesTheSameSheetEnteredAgainSayingWhenItWasEntered() throws Exception {
        CreatedSurvey survey = open(3);
        String volunteer = member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        enter(survey, volunteer, sheet(survey, 1, UUID.randomUUID().toString()));

        MvcTestResult again =
                enter(survey, volunteer, sheet(survey, 1, UUID.randomUUID().toString()));

        assertThat(again).hasStatus(409);
        String code = new SheetCode(survey.id(), 1).toString();
        assertThat(html(again))
                .containsPattern("La feuille " + code + " a déjà été saisie le \\d\\d/\\d\\d/\\d{4} à \\d\\d:\\d\\d\\.")
                .contains("aria-invalid=\"true\"")
                .contains("value=\"Pêche à pied\"");
        assertThat(paper.entered(survey.id())).isEqualTo(1);
    }

    @Test
    void theSameFormSentTwiceStoresOneAnswerAndSaysSoBothTimes() {
        CreatedSurvey survey = open(3);
        String volunteer = member(accounts, Role.ADMIN, LORIENT_AGGLO);
        MultiValueMap<String, String> form = sheet(survey, 3, UUID.randomUUID().toString());

        String first = enter(survey, volunteer, form).getResponse().getRedirectedUrl();
        String second = enter(survey, volunteer, form).getResponse().getRedirectedUrl();

        assertThat(second).isEqualTo(first).endsWith("enregistree=" + new SheetCode(survey.id(), 3));
        assertThat(paper.entered(survey.id())).isEqualTo(1);
    }

    @Test
    void twoVolunteersEnteringTheSameSheetAtOnceStoreOneRow() {
        CreatedSurvey survey = open(3);
        String volunteer = member(accounts, Role.CONTRIBUTEUR, LORIENT_AGGLO);
        CyclicBarrier start = new CyclicBarrier(2);

        List<Integer> statuses = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return enter(
                            survey,
                            volunteer,
                            sheet(survey, 1, UUID.randomUUID().toString()));
                }))
                .toList()
                .stream()
                .map(f -> f.join().getResponse().getStatus())
                .toList();

        assertThat(statuses).containsExactlyInAnyOrder(302, 409);
        assertThat(paper.entered(survey.id())).isEqualTo(1);
    }

    @Test
    void refusesAWrongSheetCodeAndBadAnswersAllAtOnceAndStoresNothing() throws Exception {
        CreatedSurvey survey = open(3);
        MultiValueMap<String, String> form = sheet(survey, 1, UUID.randomUUID().toString());
        form.set("feuille", new SheetCode(survey.id(), 1).toString().replace("-0001-", "-0010-"));
        form.set("effectif", "-4");

        MvcTestResult result = enter(survey, member(accounts, Role.CONTRIBUTEUR, LORIENT_AGGLO), form);

        assertThat(result).hasStatus(400);
        assertThat(html(result))
                .contains("2 réponses sont à corriger")
                .contains("id=\"erreur-feuille\">Erreur : code de feuille invalide")
                .contains("aria-describedby=\"aide-feuille erreur-feuille\"")
                .contains("id=\"erreur-effectif\">Erreur : un nombre de 0 à 100000 est attendu");
        assertThat(paper.entered(survey.id())).isZero();
    }

    @Test
    void refusesASheetThatWasNotPrinted() throws Exception {
        CreatedSurvey survey = open(3);

        MvcTestResult result = enter(
                survey,
                member(accounts, Role.CONTRIBUTEUR, LORIENT_AGGLO),
                sheet(survey, 4, UUID.randomUUID().toString()));

        assertThat(result).hasStatus(400);
        assertThat(html(result)).contains("n&#39;a pas été imprimée : 3 feuilles imprimées pour cette enquête");
    }

    @Test
    void needsTheFormsCsrfToken() {
        CreatedSurvey survey = open(1);

        assertThat(mvc.post()
                        .uri("/enquetes/" + survey.id() + "/saisie")
                        .with(as(member(accounts, Role.ADMIN, LORIENT_AGGLO)))
                        .params(sheet(survey, 1, UUID.randomUUID().toString())))
                .hasStatus(403);
        assertThat(paper.entered(survey.id())).isZero();
    }

    private MvcTestResult enter(CreatedSurvey survey, String email, MultiValueMap<String, String> form) {
        return mvc.post()
                .uri("/enquetes/" + survey.id() + "/saisie")
                .with(as(email))
                .with(csrf())
                .params(form)
                .exchange();
    }

    /** A right sheet of the businesses' survey, as the entry form sends it. */
    private static MultiValueMap<String, String> sheet(CreatedSurvey survey, int number, String key) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("cle", key);
        form.add("feuille", new SheetCode(survey.id(), number).toString().toLowerCase());
        form.add("secteur", "autre");
        form.add("secteur.autre", "Pêche à pied");
        form.add("effectif", "7");
        form.add("plan_continuite", "non");
        form.add("mesures", "teletravail");
        form.add("mesures", "stock_securite");
        return form;
    }

    /** A businesses' survey with {@code printed} sheets printed. */
    private CreatedSurvey open(int printed) {
        CreatedSurvey survey = surveys.create(territories.require(LORIENT_AGGLO), "entreprises", "essai");
        paper.reserveSheets(survey.id(), printed);
        return survey;
    }

    private static String html(MvcTestResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
