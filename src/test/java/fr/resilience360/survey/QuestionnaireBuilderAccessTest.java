package fr.resilience360.survey;

import static fr.resilience360.survey.SurveyFixtures.LORIENT_AGGLO;
import static fr.resilience360.survey.SurveyFixtures.as;
import static fr.resilience360.survey.SurveyFixtures.member;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Action;
import fr.resilience360.account.Role;
import fr.resilience360.online.Caller;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/**
 * Every page and action of the questionnaire builder, for each caller of the permission matrix: anonymous callers are
 * sent to sign in, the territory's members read ({@link Action#READ_DRAFTS}), its editors change
 * ({@link Action#EDIT_DIAGNOSTICS}), everybody else is refused (403).
 */
@IntegrationTest
class QuestionnaireBuilderAccessTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    record Endpoint(String method, String path, String form, Action action, int success) {}

    @ParameterizedTest
    @EnumSource(Caller.class)
    void eachCallerGetsWhatTheMatrixSays(Caller caller) throws Exception {
        String editor = member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        long id = copy(editor);
        String q = "/questionnaires/" + id;
        String email = caller.signIn(accounts);
        Set<Action> rights = caller.rights();
        for (Endpoint e : new Endpoint[] {
            new Endpoint("GET", "/territoires/" + LORIENT_AGGLO + "/questionnaires", "", Action.READ_DRAFTS, 200),
            new Endpoint(
                    "POST",
                    "/territoires/" + LORIENT_AGGLO + "/questionnaires",
                    "modele=elus",
                    Action.EDIT_DIAGNOSTICS,
                    302),
            new Endpoint("GET", q, "", Action.READ_DRAFTS, 200),
            new Endpoint("GET", q + "/apercu", "", Action.READ_DRAFTS, 200),
            new Endpoint("POST", q + "/titre", "titre=Enquête+du+bourg", Action.EDIT_DIAGNOSTICS, 302),
            new Endpoint("GET", q + "/sections/0/questions/nouvelle", "", Action.EDIT_DIAGNOSTICS, 200),
            new Endpoint("GET", q + "/sections/0/questions/0", "", Action.EDIT_DIAGNOSTICS, 200),
            new Endpoint(
                    "POST", q + "/sections/0/questions", "code=x&type=echelle&libelle=X", Action.EDIT_DIAGNOSTICS, 302),
            new Endpoint(
                    "POST",
                    q + "/sections/0/questions/0",
                    "code=y&type=echelle&libelle=Y",
                    Action.EDIT_DIAGNOSTICS,
                    302),
            new Endpoint("POST", q + "/sections/0/questions/0/deplacement", "sens=bas", Action.EDIT_DIAGNOSTICS, 302),
            new Endpoint("POST", q + "/sections/0/questions/1/suppression", "", Action.EDIT_DIAGNOSTICS, 302),
            new Endpoint("POST", q + "/sections/0", "titre=Renommée", Action.EDIT_DIAGNOSTICS, 302),
            new Endpoint("POST", q + "/sections/0/deplacement", "sens=bas", Action.EDIT_DIAGNOSTICS, 302),
            new Endpoint("POST", q + "/versions", "", Action.EDIT_DIAGNOSTICS, 302),
            new Endpoint("POST", q + "/enquetes", "", Action.EDIT_DIAGNOSTICS, 302),
            new Endpoint("POST", q + "/sections", "titre=Nouvelle", Action.EDIT_DIAGNOSTICS, 302),
            new Endpoint("POST", q + "/sections/0/suppression", "", Action.EDIT_DIAGNOSTICS, 302)
        }) {
            MockMvcRequestBuilder request = e.method().equals("GET")
                    ? mvc.get().uri(e.path())
                    : mvc.post()
                            .uri(e.path())
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .content(e.form());
            if (email != null) request = request.with(as(email));
            int expected = rights == null ? Caller.SIGN_IN : rights.contains(e.action()) ? e.success() : 403;
            caller.gets(request.exchange(), expected, e.method() + " " + e.path());
        }
    }

    private long copy(String editor) {
        var result = mvc.post()
                .uri("/territoires/" + LORIENT_AGGLO + "/questionnaires")
                .with(as(editor))
                .with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("modele=habitants")
                .exchange();
        return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/questionnaires/", ""));
    }
}
