package fr.resilience360.action.recommendation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Role;
import fr.resilience360.online.OnlineDiagnostics;
import fr.resilience360.online.OnlineFixtures;
import fr.resilience360.territory.Territories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Once a territory publishes a diagnostic, its recommendations start from it, and its portrait leads to them. */
@IntegrationTest
class PublishedBaseTest {

    /** Saint-Brieuc, a commune no other test publishes for. */
    static final String COMMUNE = "22278";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OnlineDiagnostics diagnostics;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Test
    void theLatestPublishedDiagnosticIsTheBaseAndItsPortraitLinksItsWeakestNeedsToTheRecommendations()
            throws Exception {
        String editor = OnlineFixtures.member(accounts, Role.ADMIN, COMMUNE);
        long published = diagnostics.publish(
                diagnostics.require(diagnostics.start(territories.require(COMMUNE), editor)), editor);
        var api = mvc.get()
                .uri("/api/v1/territoires/" + COMMUNE + "/recommandations?limite=3")
                .exchange();
        assertThat(api).hasStatusOk();
        JsonNode json = JsonMapper.builder().build().readTree(api.getResponse().getContentAsString(UTF_8));
        assertThat(json.path("base").asString()).isEqualTo("diagnostic_publie");
        assertThat(json.path("diagnostic").asLong()).isEqualTo(published);
        var page = mvc.get().uri("/territoires/" + COMMUNE + "/recommandations").exchange();
        assertThat(page.getResponse().getContentAsString(UTF_8)).contains("diagnostic publié n° " + published);
        var portrait = mvc.get().uri("/diagnostics/" + published).exchange();
        assertThat(portrait.getResponse().getContentAsString(UTF_8))
                .contains("href=\"/territoires/" + COMMUNE + "/recommandations?besoin=");
    }
}
