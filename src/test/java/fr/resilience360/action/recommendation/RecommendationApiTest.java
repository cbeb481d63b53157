package fr.resilience360.action.recommendation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Action;
import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CatalogueAction;
import fr.resilience360.online.Caller;
import fr.resilience360.online.OnlineDiagnostics;
import fr.resilience360.online.OnlineFixtures;
import fr.resilience360.territory.Territories;
import fr.resilience360.vulnerability.NeedScoreSource;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 12, item 4: {@code GET /api/v1/territoires/{code}/recommandations}, for any catalogue content. */
@IntegrationTest
class RecommendationApiTest {

    static final String LORIENT_AGGLO = OnlineFixtures.LORIENT_AGGLO;
    static final String URI = "/api/v1/territoires/" + LORIENT_AGGLO + "/recommandations";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Catalogue catalogue;

    @Autowired
    NeedScoreSource scores;

    @Autowired
    Territories territories;

    @Autowired
    OnlineDiagnostics diagnostics;

    @Autowired
    Accounts accounts;

    JsonNode get(String uri) throws Exception {
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return JSON.readTree(result.getResponse().getContentAsString(UTF_8));
    }

    static List<JsonNode> list(JsonNode array) {
        return array.valueStream().toList();
    }

    @Test
    void answersTheIssuesShapeWeakestNeedsFirstAndEveryActionRankedOneToN() throws Exception {
        JsonNode json = get(URI);
        var expected = scores.of(territories.require(LORIENT_AGGLO));
        assertThat(json.path("territoire").path("code").asString()).isEqualTo(LORIENT_AGGLO);
        assertThat(json.path("base").asString()).isEqualTo(expected.source());
        List<JsonNode> weak = list(json.path("besoinsFaibles"));
        assertThat(weak).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(weak)
                .extracting(n -> n.path("faiblesse").asDouble())
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(weak)
                .allSatisfy(n -> assertThat(n.path("score").asDouble())
                        .isCloseTo(
                                expected.byNeed().get(n.path("besoin").asString()),
                                org.assertj.core.api.Assertions.within(1e-4)));
        List<JsonNode> actions = list(json.path("actions"));
        assertThat(actions)
                .extracting(a -> a.path("id").asString())
                .containsExactlyInAnyOrderElementsOf(
                        catalogue.actions().stream().map(CatalogueAction::id).toList());
        assertThat(actions)
                .extracting(a -> a.path("rang").asInt())
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, actions.size()).boxed().toList());
        assertThat(actions)
                .extracting(a -> a.path("priorite").asDouble())
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(actions).allSatisfy(a -> assertThat(a.has("dansLePlan")).isFalse());
    }

    @Test
    void eachReasonIsOneFrenchSentenceWithTheScoreOfTheNeedItNames() throws Exception {
        var expected = scores.of(territories.require(LORIENT_AGGLO));
        var needs = diagnostics.referential().needs();
        for (JsonNode a : list(get(URI).path("actions"))) {
            String reason = a.path("raison").asString();
            assertThat(reason).startsWith("Le besoin « ").endsWith(".");
            var named = needs.stream()
                    .filter(n -> reason.startsWith("Le besoin « " + n.name() + " »"))
                    .findFirst()
                    .orElseThrow();
            assertThat(list(a.path("besoins"))).extracting(JsonNode::asString).contains(named.id());
            Double score = expected.byNeed().get(named.id());
            if (score != null) assertThat(reason).contains("obtient " + RecommendationReasons.decimal(score));
        }
    }

    @Test
    void filtersTheActionsImprovingANeedKeepingTheirRanks() throws Exception {
        JsonNode all = get(URI);
        String need = all.path("besoinsFaibles").get(0).path("besoin").asString();
        List<JsonNode> filtered = list(get(URI + "?besoin=" + need).path("actions"));
        assertThat(filtered)
                .extracting(a -> a.path("id").asString())
                .containsExactlyInAnyOrderElementsOf(catalogue.improving(need).stream()
                        .map(CatalogueAction::id)
                        .toList());
        assertThat(filtered).extracting(a -> a.path("rang").asInt()).isSorted();
        List<JsonNode> first = list(get(URI + "?limite=1").path("actions"));
        assertThat(first).hasSize(1);
        assertThat(first.get(0).path("id").asString())
                .isEqualTo(all.path("actions").get(0).path("id").asString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "?besoin=zz|besoin|« zz » n'en est pas un",
                "?limite=0|limite|nombre entier de 1 à 1000",
                "?limite=beaucoup|limite|nombre entier de 1 à 1000"
            })
    void refusesABadParameterInFrenchNamingIt(String query, String parameter, String message) {
        var response =
                assertThat(mvc.get().uri(URI + query).exchange()).hasStatus(400).bodyJson();
        response.extractingPath("$.parametre").isEqualTo(parameter);
        response.extractingPath("$.detail").asString().contains(message);
    }

    @Test
    void anUnknownTerritoryIsA404InFrench() {
        assertThat(mvc.get().uri("/api/v1/territoires/99999/recommandations").exchange())
                .hasStatus(404)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("Aucun territoire n'a le code « 99999 »");
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void everyoneReadsThemButOnlyThoseWhoReadTheTerritorysPrivatePagesSeeThePlanMarks(Caller caller) throws Exception {
        String email = caller.signIn(accounts);
        var request = mvc.get().uri(URI);
        if (email != null) request = request.with(OnlineFixtures.as(email));
        var result = request.exchange();
        caller.gets(result, 200, URI);
        JsonNode json = JSON.readTree(result.getResponse().getContentAsString(UTF_8));
        boolean marked = caller.rights() != null && caller.rights().contains(Action.READ_DRAFTS);
        assertThat(list(json.path("actions")))
                .isNotEmpty()
                .allSatisfy(
                        a -> assertThat(a.has("dansLePlan")).as("%s", caller).isEqualTo(marked));
    }
}
