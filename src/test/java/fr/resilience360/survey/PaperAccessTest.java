package fr.resilience360.survey;

import static fr.resilience360.survey.SurveyFixtures.LORIENT_AGGLO;
import static fr.resilience360.survey.SurveyFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Action;
import fr.resilience360.survey.SurveySynthesisTest.Caller;
import fr.resilience360.territory.Territories;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may use the paper pages of a survey of CA Lorient Agglomération: printing asks {@link Action#READ_DRAFTS} (any
 * member), entering and importing sheets {@link Action#EDIT_ASSIGNED_ROWS} (contributor and above), as the account
 * module's matrix says for each caller; anonymous visitors are sent to sign in, others refused with 403.
 */
@IntegrationTest
class PaperAccessTest {

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

    /** A paper endpoint: its action, the status of a success, and the request. */
    enum Endpoint {
        IMPRIMER(
                Action.READ_DRAFTS,
                200,
                (mvc, id, who) -> mvc.get()
                        .uri("/enquetes/" + id + "/papier?feuilles=2")
                        .with(who)
                        .exchange()),
        ECRAN_DE_SAISIE(
                Action.EDIT_ASSIGNED_ROWS,
                200,
                (mvc, id, who) ->
                        mvc.get().uri("/enquetes/" + id + "/saisie").with(who).exchange()),
        SAISIR(
                Action.EDIT_ASSIGNED_ROWS,
                302,
                (mvc, id, who) -> mvc.post()
                        .uri("/enquetes/" + id + "/saisie")
                        .with(csrf())
                        .with(who)
                        .param("cle", UUID.randomUUID().toString())
                        .param("feuille", new SheetCode(id, 1).toString())
                        .param("secteur", "commerce")
                        .param("effectif", "3")
                        .param("plan_continuite", "non")
                        .exchange()),
        PAGE_D_IMPORT(
                Action.EDIT_ASSIGNED_ROWS,
                200,
                (mvc, id, who) ->
                        mvc.get().uri("/enquetes/" + id + "/import").with(who).exchange()),
        MODELE_CSV(
                Action.EDIT_ASSIGNED_ROWS,
                200,
                (mvc, id, who) -> mvc.get()
                        .uri("/enquetes/" + id + "/import/modele.csv")
                        .with(who)
                        .exchange()),
        VERIFIER(
                Action.EDIT_ASSIGNED_ROWS,
                200,
                (mvc, id, who) -> mvc.post()
                        .uri("/enquetes/" + id + "/import/verification")
                        .multipart()
                        .file(new MockMultipartFile("fichier", "f.csv", "text/csv", csv(id)))
                        .with(csrf())
                        .with(who)
                        .exchange()),
        IMPORTER(
                Action.EDIT_ASSIGNED_ROWS,
                200,
                (mvc, id, who) -> mvc.post()
                        .uri("/enquetes/" + id + "/import")
                        .multipart()
                        .param("contenu", Base64.getEncoder().encodeToString(csv(id)))
                        .param("cle", UUID.randomUUID().toString())
                        .with(csrf())
                        .with(who)
                        .exchange());

        final Action action;
        final int success;
        final Call request;

        Endpoint(Action action, int success, Call request) {
            this.action = action;
            this.success = success;
            this.request = request;
        }

        private static byte[] csv(long id) {
            return ("feuille;secteur;effectif;plan_continuite\n" + new SheetCode(id, 2) + ";commerce;3;non\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    /** A request to an endpoint of survey {@code id}, by {@code who}. */
    interface Call {
        MvcTestResult on(MockMvcTester mvc, long id, RequestPostProcessor who);
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void eachCallerGetsWhatTheMatrixSaysOnEveryPaperEndpoint(Caller caller) {
        String email = caller.signIn(accounts);
        for (Endpoint endpoint : Endpoint.values()) {
            CreatedSurvey survey = surveys.create(territories.require(LORIENT_AGGLO), "entreprises", "essai");
            paper.reserveSheets(survey.id(), 2);
            RequestPostProcessor who = email == null ? r -> r : as(email);

            MvcTestResult result = endpoint.request.on(mvc, survey.id(), who);

            int expected = caller.expected(endpoint.action, endpoint.success);
            if (expected == 401)
                assertThat(result).as("%s, %s", caller, endpoint).hasStatus(302).hasRedirectedUrl("/connexion");
            else
                assertThat(result.getResponse().getStatus())
                        .as("%s, %s", caller, endpoint)
                        .isEqualTo(expected);
        }
    }
}
