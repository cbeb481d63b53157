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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Who may see a territory's surveys and change them, for every endpoint of the team's side: an anonymous visitor
 * (sent to sign in; 401 by the API), an account without role, an administrator of another territory, each role of
 * CA Lorient Agglomération and a platform administrator get what the permission matrix says — reading needs
 * {@link Action#READ_DRAFTS}, changing {@link Action#EDIT_DIAGNOSTICS} — and a refusal changes nothing.
 */
@IntegrationTest
class SurveySettingsAccessTest {

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

    @ParameterizedTest
    @EnumSource(Caller.class)
    void eachCallerGetsWhatTheMatrixSays(Caller caller) {
        String email = caller.signIn(accounts);
        CreatedSurvey survey = surveys.create(territories.require(LORIENT_AGGLO), "habitants", "essai");
        String base = "/enquetes/" + survey.id();

        check(caller, Action.READ_DRAFTS, "lit la page", signedIn(mvc.get().uri(PAGE), email));
        check(
                caller,
                Action.EDIT_DIAGNOSTICS,
                "ouvre une enquête",
                form(mvc.post().uri(PAGE), email).param("modele", "elus"));
        check(
                caller,
                Action.EDIT_DIAGNOSTICS,
                "règle l'enquête",
                form(mvc.post().uri(base + "/reglages"), email)
                        .param("ouverture", "2026-01-01")
                        .param("conservation", "2040-01-01")
                        .param("action_conservation", "supprimer")
                        .param("modification", "true"));
        check(
                caller,
                Action.EDIT_DIAGNOSTICS,
                "ferme l'enquête",
                form(mvc.post().uri(base + "/fermeture"), email));
        boolean closed = "fermee".equals(column(survey, "status"));
        check(
                caller,
                Action.EDIT_DIAGNOSTICS,
                "rouvre l'enquête",
                form(mvc.post().uri(base + "/reouverture"), email));
        int api = signedIn(mvc.patch().uri("/api/v1" + base), email)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"statut\":\"fermee\"}")
                .exchange()
                .getResponse()
                .getStatus();

        boolean editor = caller.expected(Action.EDIT_DIAGNOSTICS, 200) == 200;
        assertThat(api)
                .as("%s règle l'enquête par l'API", caller)
                .isEqualTo(caller.expected(Action.EDIT_DIAGNOSTICS, 200));
        assertThat(closed).as("%s a fermé l'enquête", caller).isEqualTo(editor);
        assertThat(column(survey, "status")).isEqualTo(editor ? "fermee" : "ouverte");
        assertThat(column(survey, "retention_action")).isEqualTo(editor ? "supprimer" : "anonymiser");
        assertThat(column(survey, "allow_edit::text")).isEqualTo(editor ? "true" : "false");
    }

    private void check(Caller caller, Action action, String what, MockMvcRequestBuilder request) {
        MvcTestResult result = request.exchange();
        int expected = caller.expected(action, 200);
        int status = result.getResponse().getStatus();
        if (expected == 401) {
            assertThat(result).as("%s %s", caller, what).hasStatus(302).hasRedirectedUrl("/connexion");
        } else if (expected == 200 && status == 302) {
            assertThat(result.getResponse().getRedirectedUrl())
                    .as("%s %s", caller, what)
                    .startsWith(PAGE);
        } else {
            assertThat(status).as("%s %s", caller, what).isEqualTo(expected);
        }
    }

    private static MockMvcRequestBuilder signedIn(MockMvcRequestBuilder request, String email) {
        return email == null ? request : request.with(as(email));
    }

    private static MockMvcRequestBuilder form(MockMvcRequestBuilder request, String email) {
        return signedIn(request, email).with(csrf());
    }

    private String column(CreatedSurvey survey, String column) {
        return jdbc.sql("select " + column + " from survey.survey where id = ?")
                .param(survey.id())
                .query(String.class)
                .single();
    }
}
