package fr.resilience360.action.boussole;

import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.account.Action;
import fr.resilience360.action.BoussoleLever;
import fr.resilience360.online.Caller;
import fr.resilience360.online.OnlineFixtures;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every endpoint guarded by {@link BoussoleAccess}, with what it needs and the status of a successful call.
 * {@link #expected} turns a caller's rights on the territory, from the permission matrix, into the status the endpoint
 * must give, for an assessment created by somebody else.
 */
final class BoussoleEndpointTable {

    /** Reading needs READ_DRAFTS; creating EDIT_ASSIGNED_ROWS; editing another's assessment or deleting EDIT_DIAGNOSTICS. */
    enum Need {
        READ,
        CREATE,
        EDIT
    }

    enum Kind {
        PAGE,
        API
    }

    /** One call: who (null = anonymous), on a fresh assessment of CA Lorient Agglomération made by somebody else. */
    record Call(MockMvcTester mvc, String email, long assessment) {

        <B extends AbstractMockHttpServletRequestBuilder<B>> B by(B request) {
            B signedIn = email == null ? request : request.with(OnlineFixtures.as(email));
            return signedIn.with(csrf());
        }
    }

    record Endpoint(
            String method, String pattern, Need need, Kind kind, int success, Function<Call, MvcTestResult> call) {

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private static final String T = "/territoires/" + LORIENT_AGGLO + "/boussole";
    private static final String API = "/api/v1/territoires/" + LORIENT_AGGLO + "/boussole";

    /** A complete assessment as the API takes it. */
    static String body(String title, String answer) {
        StringBuilder answers = new StringBuilder();
        for (BoussoleLever lever : BoussoleLever.values())
            answers.append(answers.isEmpty() ? "" : ", ")
                    .append('"')
                    .append(lever.code())
                    .append("\": \"")
                    .append(answer)
                    .append('"');
        return "{\"titre\": \"" + title + "\", \"nature\": \"projet\", \"reponses\": {" + answers + "}}";
    }

    /** A complete grid form: every lever answered {@code answer}, except the levers given after it (code, answer). */
    static <B extends AbstractMockHttpServletRequestBuilder<B>> B form(
            B request, String title, String answer, String... except) {
        java.util.Map<String, String> others = new java.util.HashMap<>();
        for (int i = 0; i + 1 < except.length; i += 2) others.put(except[i], except[i + 1]);
        B filled = request.param("titre", title).param("nature", "politique");
        for (BoussoleLever lever : BoussoleLever.values())
            filled = filled.param(lever.code(), others.getOrDefault(lever.code(), answer));
        return filled;
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(
                    "GET",
                    "/territoires/{id}/boussole",
                    Need.READ,
                    Kind.PAGE,
                    200,
                    c -> c.by(c.mvc().get().uri(T)).exchange()),
            new Endpoint(
                    "GET",
                    "/territoires/{id}/boussole/nouvelle",
                    Need.CREATE,
                    Kind.PAGE,
                    200,
                    c -> c.by(c.mvc().get().uri(T + "/nouvelle")).exchange()),
            new Endpoint(
                    "POST",
                    "/territoires/{id}/boussole",
                    Need.CREATE,
                    Kind.PAGE,
                    302,
                    c -> c.by(form(c.mvc().post().uri(T), "Plan vélo", "en-partie"))
                            .exchange()),
            new Endpoint(
                    "GET",
                    "/territoires/{id}/boussole/{assessment}",
                    Need.READ,
                    Kind.PAGE,
                    200,
                    c -> c.by(c.mvc().get().uri(T + "/" + c.assessment())).exchange()),
            new Endpoint(
                    "POST",
                    "/territoires/{id}/boussole/{assessment}",
                    Need.EDIT,
                    Kind.PAGE,
                    302,
                    c -> c.by(form(c.mvc().post().uri(T + "/" + c.assessment()), "Plan vélo revu", "pleinement"))
                            .exchange()),
            new Endpoint(
                    "POST",
                    "/territoires/{id}/boussole/{assessment}/suppression",
                    Need.EDIT,
                    Kind.PAGE,
                    302,
                    c -> c.by(c.mvc().post().uri(T + "/" + c.assessment() + "/suppression"))
                            .exchange()),
            new Endpoint(
                    "GET",
                    "/api/v1/territoires/{code}/boussole",
                    Need.READ,
                    Kind.API,
                    200,
                    c -> c.by(c.mvc().get().uri(API)).exchange()),
            new Endpoint(
                    "GET",
                    "/api/v1/territoires/{code}/boussole/{id}",
                    Need.READ,
                    Kind.API,
                    200,
                    c -> c.by(c.mvc().get().uri(API + "/" + c.assessment())).exchange()),
            new Endpoint(
                    "POST",
                    "/api/v1/territoires/{code}/boussole",
                    Need.CREATE,
                    Kind.API,
                    201,
                    c -> c.by(c.mvc()
                                    .post()
                                    .uri(API)
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(body("Plan vélo", "en-partie")))
                            .exchange()),
            new Endpoint(
                    "PUT",
                    "/api/v1/territoires/{code}/boussole/{id}",
                    Need.EDIT,
                    Kind.API,
                    200,
                    c -> c.by(c.mvc()
                                    .put()
                                    .uri(API + "/" + c.assessment())
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(body("Plan vélo revu", "pleinement")))
                            .exchange()),
            new Endpoint(
                    "DELETE",
                    "/api/v1/territoires/{code}/boussole/{id}",
                    Need.EDIT,
                    Kind.API,
                    204,
                    c -> c.by(c.mvc().delete().uri(API + "/" + c.assessment())).exchange()));

    private BoussoleEndpointTable() {}

    /** The status an endpoint must give a caller holding these actions on the territory (null: anonymous). */
    static int expected(Endpoint e, Set<Action> rights) {
        if (rights == null) {
            if (e.kind() == Kind.PAGE) return Caller.SIGN_IN;
            return e.need() == Need.READ ? 404 : 401;
        }
        if (!rights.contains(Action.READ_DRAFTS)) return 404;
        if (e.need() == Need.CREATE && !rights.contains(Action.EDIT_ASSIGNED_ROWS)) return 403;
        if (e.need() == Need.EDIT && !rights.contains(Action.EDIT_DIAGNOSTICS)) return 403;
        return e.success();
    }
}
