package fr.resilience360.action.toolbox;

import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;
import static fr.resilience360.online.OnlineFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Action;
import fr.resilience360.account.Role;
import fr.resilience360.online.Caller;
import fr.resilience360.online.OnlineFixtures;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/**
 * Every page and API call of a territory's parcours, for each caller of the permission matrix: members read
 * ({@link Action#READ_DRAFTS}), editors change ({@link Action#EDIT_DIAGNOSTICS}), everybody else is refused (403);
 * anonymous visitors are sent to sign in on pages and get 401 from the API. The toolbox itself is public.
 */
@IntegrationTest
class ParcoursAccessTest {

    private static final String PAGE = "/territoires/" + LORIENT_AGGLO + "/parcours";
    private static final String API = "/api/v1/territoires/" + LORIENT_AGGLO + "/parcours";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    ParcoursRepository repository;

    record Endpoint(String method, String path, String body, Action action, int success) {}

    @ParameterizedTest
    @EnumSource(Caller.class)
    void eachCallerGetsWhatTheMatrixSays(Caller caller) throws Exception {
        repository.steps(LORIENT_AGGLO).forEach(s -> repository.delete(LORIENT_AGGLO, s.id()));
        String editor = OnlineFixtures.member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        long first = add(editor);
        long second = add(editor);
        String email = caller.signIn(accounts);
        Set<Action> rights = caller.rights();
        for (Endpoint e : new Endpoint[] {
            new Endpoint("GET", PAGE, "", Action.READ_DRAFTS, 200),
            new Endpoint("POST", PAGE + "/etapes", "outil=cafe-debat", Action.EDIT_DIAGNOSTICS, 302),
            new Endpoint("POST", PAGE + "/etapes/" + first, "statut=fait", Action.EDIT_DIAGNOSTICS, 302),
            new Endpoint("POST", PAGE + "/etapes/" + first + "/deplacement", "sens=bas", Action.EDIT_DIAGNOSTICS, 302),
            new Endpoint("POST", PAGE + "/etapes/" + second + "/suppression", "", Action.EDIT_DIAGNOSTICS, 302),
            new Endpoint("POST", PAGE + "/suggere", "", Action.EDIT_DIAGNOSTICS, 302),
            new Endpoint("GET", API, "", Action.READ_DRAFTS, 200),
            new Endpoint("POST", API + "/etapes", "{\"outil\": \"jeu-de-role\"}", Action.EDIT_DIAGNOSTICS, 201),
            new Endpoint("PATCH", API + "/etapes/" + first, "{\"statut\": \"en_cours\"}", Action.EDIT_DIAGNOSTICS, 200),
            new Endpoint("DELETE", API + "/etapes/" + first, "", Action.EDIT_DIAGNOSTICS, 204),
            new Endpoint("GET", "/outils", "", null, 200),
            new Endpoint("GET", "/api/v1/outils/cafe-debat", "", null, 200)
        }) {
            boolean api = e.path().startsWith("/api/");
            MockMvcRequestBuilder request = request(e, api);
            if (email != null) request = request.with(as(email));
            int expected = e.action() == null || (rights != null && rights.contains(e.action()))
                    ? e.success()
                    : rights == null ? (api ? 401 : Caller.SIGN_IN) : 403;
            caller.gets(request.exchange(), expected, e.method() + " " + e.path());
        }
    }

    private MockMvcRequestBuilder request(Endpoint e, boolean api) {
        return switch (e.method()) {
            case "GET" -> mvc.get().uri(e.path());
            case "DELETE" -> mvc.delete().uri(e.path());
            case "PATCH" ->
                mvc.patch()
                        .uri(e.path())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(e.body());
            default ->
                api
                        ? mvc.post()
                                .uri(e.path())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(e.body())
                        : mvc.post()
                                .uri(e.path())
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                .content(e.body());
        };
    }

    private long add(String editor) throws Exception {
        var result = mvc.post()
                .uri(API + "/etapes")
                .with(as(editor))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outil\": \"forum-ouvert\"}")
                .exchange();
        String body = result.getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+),.*$", "$1"));
    }
}
