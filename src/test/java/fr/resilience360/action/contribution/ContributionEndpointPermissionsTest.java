package fr.resilience360.action.contribution;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.action.Catalogue;
import fr.resilience360.online.Caller;
import fr.resilience360.online.OnlineFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Who may contribute and moderate, endpoint by endpoint and caller by caller: any signed-in account proposes and reads
 * its own contributions whatever its roles on territories; only a platform administrator moderates. An anonymous
 * visitor is sent to sign in by a page and gets 401 from the API; a signed-in non-moderator gets 403.
 */
@IntegrationTest
class ContributionEndpointPermissionsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Contributions contributions;

    @Autowired
    Catalogue catalogue;

    enum Need {
        ACCOUNT,
        MODERATOR
    }

    record Call(MockMvcTester mvc, String email, long pending, String action) {

        <B extends AbstractMockHttpServletRequestBuilder<B>> B by(B request) {
            B signedIn = email == null ? request : request.with(OnlineFixtures.as(email));
            return signedIn.with(csrf());
        }
    }

    record Endpoint(String name, Need need, boolean page, int success, Function<Call, MvcTestResult> call) {

        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(
                    "GET /actions/proposer",
                    Need.ACCOUNT,
                    true,
                    200,
                    c -> c.by(c.mvc().get().uri("/actions/proposer")).exchange()),
            new Endpoint(
                    "POST /actions/proposer",
                    Need.ACCOUNT,
                    true,
                    400,
                    c -> c.by(c.mvc().post().uri("/actions/proposer").param("titre", ""))
                            .exchange()),
            new Endpoint(
                    "GET /actions/{id}/retour",
                    Need.ACCOUNT,
                    true,
                    200,
                    c -> c.by(c.mvc().get().uri("/actions/" + c.action() + "/retour"))
                            .exchange()),
            new Endpoint(
                    "POST /actions/{id}/retour",
                    Need.ACCOUNT,
                    true,
                    302,
                    c -> c.by(c.mvc()
                                    .post()
                                    .uri("/actions/" + c.action() + "/retour")
                                    .param("texte", "Essai de droits")
                                    .param("signature", "Anonyme"))
                            .exchange()),
            new Endpoint(
                    "GET /actions/mes-contributions",
                    Need.ACCOUNT,
                    true,
                    200,
                    c -> c.by(c.mvc().get().uri("/actions/mes-contributions")).exchange()),
            new Endpoint(
                    "GET /actions/moderation",
                    Need.MODERATOR,
                    true,
                    200,
                    c -> c.by(c.mvc().get().uri("/actions/moderation")).exchange()),
            new Endpoint(
                    "POST /actions/moderation/{id}",
                    Need.MODERATOR,
                    true,
                    302,
                    c -> c.by(c.mvc()
                                    .post()
                                    .uri("/actions/moderation/" + c.pending())
                                    .param("decision", "refusee")
                                    .param("motif", "Essai de droits"))
                            .exchange()),
            new Endpoint(
                    "POST /api/v1/actions/contributions",
                    Need.ACCOUNT,
                    false,
                    201,
                    c -> c.by(c.mvc()
                                    .post()
                                    .uri("/api/v1/actions/contributions")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"type\":\"retour\",\"retour\":{\"action\":\"" + c.action()
                                            + "\",\"texte\":\"Essai\",\"signature\":\"Anonyme\"}}"))
                            .exchange()),
            new Endpoint(
                    "GET /api/v1/actions/contributions",
                    Need.ACCOUNT,
                    false,
                    200,
                    c -> c.by(c.mvc().get().uri("/api/v1/actions/contributions"))
                            .exchange()),
            new Endpoint(
                    "POST /api/v1/actions/contributions/{id}/decision",
                    Need.MODERATOR,
                    false,
                    200,
                    c -> c.by(c.mvc()
                                    .post()
                                    .uri("/api/v1/actions/contributions/" + c.pending() + "/decision")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"decision\":\"refusee\",\"motif\":\"Essai de droits\"}"))
                            .exchange()));

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    @org.junit.jupiter.api.Test
    void theTableNamesEveryEndpointOfTheContributionPackage() {
        java.util.Set<String> served = new java.util.TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().endsWith(".action.contribution")) return;
            for (String pattern : info.getPatternValues())
                for (var verb : info.getMethodsCondition().getMethods()) served.add(verb + " " + pattern);
        });
        java.util.Set<String> listed = new java.util.TreeSet<>();
        ENDPOINTS.forEach(e -> listed.add(e.name()));
        org.assertj.core.api.Assertions.assertThat(listed).isEqualTo(served);
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsWhatTheirAccountAllows() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Caller caller : Caller.values())
            for (Endpoint endpoint : ENDPOINTS)
                tests.add(DynamicTest.dynamicTest(caller + " " + endpoint, () -> check(caller, endpoint)));
        return tests.stream();
    }

    private void check(Caller caller, Endpoint endpoint) throws Exception {
        long pending = contributions
                .proposeFeedback(ContributionFixtures.feedback(catalogue), "auteur@exemple.fr")
                .id();
        String email = caller.signIn(accounts);
        int expected;
        if (email == null) expected = endpoint.page() ? Caller.SIGN_IN : 401;
        else if (endpoint.need() == Need.MODERATOR && caller != Caller.ADMIN_PLATEFORME) expected = 403;
        else expected = endpoint.success();
        MvcTestResult result = endpoint.call()
                .apply(new Call(mvc, email, pending, catalogue.actions().get(0).id()));
        caller.gets(result, expected, endpoint);
    }
}
