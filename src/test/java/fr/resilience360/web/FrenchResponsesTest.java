package fr.resilience360.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Every answer is in French, also for requests rejected before the application (by Tomcat or by Spring Security's
 * firewall): checked with a raw HTTP client against the real server, since MockMvc has no container.
 */
@IntegrationTest
class FrenchResponsesTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest(name = "page {0}")
    @ValueSource(
            strings = {"/territoires/a%2Fb", "/territoires/a%00b", "/%zz", "/territoires/a;b", "/territoires/a\"b"})
    void aRejectedAddressGetsTheFrenchErrorPage(String target) throws IOException {
        RawHttp.Response response = RawHttp.send(port, "GET", target, "text/html");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.header("Content-Language")).isEqualTo("fr");
        assertThat(response.body())
                .contains("<html lang=\"fr\"", "Erreur 400", "caractère interdit", "Revenir à l'accueil")
                .doesNotContain("Bad Request", "HTTP Status", "Tomcat");
    }

    @ParameterizedTest(name = "API {0}")
    @ValueSource(
            strings = {
                "/api/v1/territoires/a%2Fb",
                "/api/v1/territoires/a%00b",
                "/api/v1/%zz",
                "/api/v1/territoires/a;b"
            })
    void aRejectedApiAddressGetsAFrenchProblem(String target) throws IOException {
        RawHttp.Response response = RawHttp.send(port, "GET", target, "application/json");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body())
                .contains("\"title\":\"Requête invalide\"", "\"status\":400", "caractère interdit")
                .doesNotContain("Bad Request");
    }

    @Test
    void aCharacterTomcatIsToldToAcceptReachesTheApplicationAndGetsItsFrenchAnswer() throws IOException {
        RawHttp.Response api = RawHttp.send(port, "GET", "/api/v1/territoires/a|b", "application/json");
        RawHttp.Response page = RawHttp.send(port, "GET", "/territoires/a<b", "text/html");

        assertThat(api.status()).isEqualTo(404);
        assertThat(api.body()).contains("Territoire inconnu", "« a|b »", "\"instance\":\"/api/v1/territoires/a%7Cb\"");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Page introuvable", "« <span>a&lt;b</span> »");
    }

    @Test
    void anAddressNoControllerServesIsAFrench404() throws IOException {
        RawHttp.Response api = RawHttp.send(port, "GET", "/api/v1/nulle-part", "application/json");
        RawHttp.Response page = RawHttp.send(port, "GET", "/nulle-part", "text/html");

        assertThat(api.status()).isEqualTo(404);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.body()).contains("Ressource introuvable", "\"instance\":\"/api/v1/nulle-part\"");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Language")).isEqualTo("fr");
        assertThat(page.body()).contains("Page introuvable", "rechercher un territoire");
    }

    @Test
    void aMethodTheApiDoesNotAcceptIsAFrenchProblem() throws IOException {
        RawHttp.Response response = RawHttp.send(port, "DELETE", "/api/v1/territoires/56121", "application/json");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("Méthode non autorisée").doesNotContain("Method Not Allowed");
    }

    @Test
    void pagesSayTheyAreInFrenchWhateverTheBrowserAsks() {
        assertThat(mvc.get().uri("/").header("Accept-Language", "en-US,en;q=0.9"))
                .hasStatusOk()
                .hasHeader("Content-Language", "fr");
        assertThat(mvc.get().uri("/territoires/99999").header("Accept-Language", "de"))
                .hasStatus(404)
                .hasHeader("Content-Language", "fr");
    }
}
