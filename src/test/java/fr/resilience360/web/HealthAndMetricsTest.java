package fr.resilience360.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.ApiTokens;
import fr.resilience360.online.Caller;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 14, health and metrics: the probes answer anyone without details, readiness follows the application's
 * readiness, the Prometheus metrics are the platform administrators' (session or API token) and carry requests,
 * latency and the database pool.
 */
@IntegrationTest
class HealthAndMetricsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @ParameterizedTest
    @EnumSource(Caller.class)
    void theProbesAnswerEveryCallerAndOnlyAPlatformAdministratorSeesTheirDetails(Caller caller) throws Exception {
        RequestPostProcessor who = as(caller);
        for (String probe :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            MvcTestResult result = mvc.get().uri(probe).with(who).exchange();

            caller.gets(result, 200, probe);
            assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL))
                    .contains("no-store");
            assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("UP");
            if (caller == Caller.ADMIN_PLATEFORME)
                assertThat(result.getResponse().getContentAsString()).contains("\"components\"");
            else assertThat(result.getResponse().getContentAsString()).doesNotContain("components", "firstLoad");
        }
    }

    @Test
    void readinessCountsTheFirstLoadOfTheDataAndLivenessDoesNot() throws Exception {
        RequestPostProcessor admin = as(Caller.ADMIN_PLATEFORME);

        assertThat(mvc.get().uri("/actuator/health/readiness").with(admin))
                .bodyJson()
                .extractingPath("$.components.firstLoad.status")
                .isEqualTo("UP");
        assertThat(mvc.get()
                        .uri("/actuator/health/liveness")
                        .with(admin)
                        .exchange()
                        .getResponse()
                        .getContentAsString())
                .contains("livenessState")
                .doesNotContain("firstLoad");
    }

    @Test
    void readinessIsOutOfServiceWhileTheApplicationRefusesTrafficAndLivenessStaysUp() {
        try {
            AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);

            assertThat(mvc.get().uri("/actuator/health/readiness"))
                    .hasStatus(503)
                    .bodyJson()
                    .extractingPath("$.status")
                    .isEqualTo("OUT_OF_SERVICE");
            assertThat(mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void theMetricsAreThePlatformAdministratorsOnly(Caller caller) throws Exception {
        MvcTestResult result =
                mvc.get().uri("/actuator/prometheus").with(as(caller)).exchange();

        switch (caller) {
            case ADMIN_PLATEFORME -> caller.gets(result, 200, "metrics");
            case ANONYME -> {
                caller.gets(result, 401, "metrics");
                assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE))
                        .isEqualTo("Bearer");
            }
            default -> caller.gets(result, 403, "metrics");
        }
    }

    @Test
    void aPlatformAdministratorsTokenScrapesRequestsLatencyAndTheDatabasePool() {
        mvc.get().uri("/territoires/56121").exchange();
        String admin = Caller.ADMIN_PLATEFORME.signIn(accounts);
        String member = Caller.EDITEUR.signIn(accounts);

        MvcTestResult scrape = mvc.get()
                .uri("/actuator/prometheus")
                .header(
                        HttpHeaders.AUTHORIZATION,
                        "Bearer " + tokens.issue(admin, "prometheus").secret())
                .exchange();

        assertThat(scrape).hasStatusOk();
        assertThat(scrape.getResponse().getContentType()).startsWith("text/plain");
        assertThat(scrape)
                .bodyText()
                .contains("http_server_requests_seconds_count{")
                .contains("http_server_requests_seconds_bucket{")
                .contains("uri=\"/territoires/{code}\"")
                .contains("hikaricp_connections_active{")
                .contains("resilience360_survey_answers_total{")
                .contains("application=\"resilience360\"");
        assertThat(mvc.get()
                        .uri("/actuator/prometheus")
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                "Bearer " + tokens.issue(member, "essai").secret()))
                .hasStatus(403);
    }

    @Test
    void theRealServerAnswersRefusalsWithTheFrenchErrorPage() throws Exception {
        String editor = tokens.issue(Caller.EDITEUR.signIn(accounts), "essai").secret();

        HttpResponse<String> refused = get("/admin/imports", editor);
        HttpResponse<String> anonymousScrape = get("/actuator/prometheus", null);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("lang=\"fr\"", "Accès refusé", "Vous n&#39;avez pas le droit");
        assertThat(anonymousScrape.statusCode()).isEqualTo(401);
        assertThat(anonymousScrape.headers().firstValue(HttpHeaders.WWW_AUTHENTICATE))
                .contains("Bearer");
        assertThat(anonymousScrape.body()).contains("lang=\"fr\"", "Authentification requise", "jeton d&#39;API");
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(HttpHeaders.ACCEPT, "text/html");
        if (token != null) request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theOtherActuatorEndpointsAreNotExposed() {
        RequestPostProcessor admin = as(Caller.ADMIN_PLATEFORME);
        for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/info", "/actuator/metrics"})
            assertThat(mvc.get().uri(endpoint).with(admin)).as(endpoint).hasStatus(404);
    }

    /**
     * The caller's requests, signed in as a form sign-in does (a platform administrator with his authority, read by
     * the health endpoint to show details); anonymous for {@link Caller#ANONYME}.
     */
    private RequestPostProcessor as(Caller caller) {
        String email = caller.signIn(accounts);
        if (email == null) return request -> request;
        return caller == Caller.ADMIN_PLATEFORME
                ? user(email).roles("USER", "PLATFORM_ADMIN")
                : user(email).roles("USER");
    }
}
