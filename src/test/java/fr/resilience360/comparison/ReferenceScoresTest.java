package fr.resilience360.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.diagnostic.GroupScore;
import fr.resilience360.diagnostic.NeedScore;
import fr.resilience360.report.TerritoryPortraits;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritoryType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

@IntegrationTest
class ReferenceScoresTest {

    static final String LORIENT = "200042174";

    @Autowired
    ReferenceScores scores;

    @Autowired
    TerritoryPortraits portraits;

    @Autowired
    Territories territories;

    @Autowired
    MockMvcTester mvc;

    @Test
    void theTableIsFilledAfterTheLoadWithTheScoresOfThePrefilledDiagnostic() {
        var provenance = scores.provenance().orElseThrow();
        assertThat(provenance.territories()).isGreaterThan(35_000);
        assertThat(provenance.referentialId()).isEqualTo("diag360-1.3.5");
        assertThat(provenance.observatoryVersion()).isNotBlank();
        assertThat(provenance.computedAt()).isNotNull();

        List<ReferenceScores.NeedValue> lorient = scores.needScores(LORIENT).orElseThrow();
        var portrait = portraits.portrait(territories.find(LORIENT).orElseThrow());
        assertThat(lorient).hasSize(11);
        assertThat(lorient)
                .extracting(ReferenceScores.NeedValue::score)
                .containsExactlyElementsOf(portrait.diagnostic().needs().stream()
                        .map(NeedScore::score)
                        .toList());
        assertThat(lorient).filteredOn(n -> n.score() != null).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void categoryAndObjectiveScoresAreStoredToo() {
        var diagnostic =
                portraits.portrait(territories.find(LORIENT).orElseThrow()).diagnostic();
        var stored = scores.groupScores(LORIENT).orElseThrow();

        assertThat(stored.categories().keySet())
                .containsExactlyElementsOf(
                        diagnostic.categories().stream().map(GroupScore::group).toList());
        assertThat(stored.categories().values())
                .containsExactlyElementsOf(
                        diagnostic.categories().stream().map(GroupScore::score).toList());
        assertThat(stored.objectives().values())
                .containsExactlyElementsOf(
                        diagnostic.objectives().stream().map(GroupScore::score).toList());
    }

    @Test
    void everyLevelIsScored() {
        for (String id : List.of("reg-53", "dep-56", LORIENT, "56121"))
            assertThat(scores.needScores(id)).as(id).isPresent();
        assertThat(scores.needScores("FR")).isEmpty();
        assertThat(scores.needScores("inconnu")).isEmpty();
    }

    @Test
    void lorientIsComparedWithAgglomerationsOfItsDensityInBretagneOrWider() {
        var similar = scores.similarDistribution(LORIENT).orElseThrow();

        assertThat(similar.group().label()).startsWith("Communautés d'agglomération de densité intermédiaire");
        assertThat(similar.group().members()).isGreaterThanOrEqualTo(SimilarGroups.MIN_MEMBERS);
        assertThat(similar.group().widened()).isEqualTo(!similar.group().label().endsWith("région Bretagne"));
        assertThat(similar.group().description())
                .isEqualTo(similar.group().label() + " : " + similar.group().members() + " territoires");
        assertThat(similar.needs()).hasSize(11);
        for (var need : similar.needs()) {
            assertThat(need.n()).isBetween(0, similar.group().members());
            if (need.n() > 0)
                assertThat(need.q1()).isLessThanOrEqualTo(need.median()).isLessThanOrEqualTo(need.q3());
            else assertThat(need.median()).isNull();
        }
    }

    @Test
    void aCommuneIsComparedWithCommunesOfItsDensityClass() {
        var similar = scores.similarDistribution("56121").orElseThrow();

        assertThat(similar.group().label()).startsWith("Communes de la classe « ");
        assertThat(similar.group().members()).isGreaterThanOrEqualTo(SimilarGroups.MIN_MEMBERS);
    }

    @Test
    void theApiGivesTheGroupAndEachNeedsQuartilesAndAReference() {
        var json = assertThat(mvc.get().uri("/api/v1/territoires/" + LORIENT + "/besoins/comparaison?reference=56121"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.territoire.id").isEqualTo(LORIENT);
        json.extractingPath("$.territoire.type").isEqualTo(TerritoryType.EPCI.code());
        json.extractingPath("$.reference.id").isEqualTo("56121");
        json.extractingPath("$.groupe.libelle").asString().startsWith("Communautés d'agglomération");
        json.extractingPath("$.groupe.territoires").asNumber().isNotNull();
        json.extractingPath("$.groupe.elargi").isNotNull();
        json.extractingPath("$.besoins").asArray().hasSize(11);
        json.extractingPath("$.besoins[0]")
                .asMap()
                .containsKeys("id", "nom", "score", "notes", "reference", "n", "q1", "mediane", "q3");
        json.extractingPath("$.calcul.referentiel").isEqualTo("diag360-1.3.5");
    }

    @Test
    void theApiAnswersInFrenchForAnUnknownTerritoryOrOneWithoutScores() {
        assertThat(mvc.get().uri("/api/v1/territoires/99999/besoins/comparaison"))
                .hasStatus(404)
                .bodyText()
                .contains("99999");
        assertThat(mvc.get().uri("/api/v1/territoires/FR/besoins/comparaison"))
                .hasStatus(404)
                .bodyText()
                .contains("Pas de scores de référence");
    }

    @Test
    void anUnknownReferenceIsABadParameter() {
        assertThat(mvc.get().uri("/api/v1/territoires/" + LORIENT + "/besoins/comparaison?reference=00000"))
                .hasStatus(400)
                .bodyText()
                .contains("Aucun territoire n'a le code « 00000 ».");
    }

    @Test
    void thePortraitShowsTheSimilarTerritoriesAndTheChosenReference() throws Exception {
        String html = mvc.get()
                .uri("/territoires/" + LORIENT + "/diagnostic?reference=dep-56")
                .exchange()
                .getResponse()
                .getContentAsString();
        String text = HtmlUtils.htmlUnescape(html);
        var group = scores.similarDistribution(LORIENT).orElseThrow().group();

        assertThat(text)
                .contains(
                        "Comparaison avec des territoires semblables",
                        group.description(),
                        "Médiane",
                        "1<sup>er</sup> quartile",
                        "Territoires notés",
                        "Morbihan",
                        "\"mediane\":");
    }

    @Test
    void thePortraitSaysWhenTheReferenceCodeIsUnknown() throws Exception {
        String text = HtmlUtils.htmlUnescape(mvc.get()
                .uri("/territoires/" + LORIENT + "/diagnostic?reference=00000")
                .exchange()
                .getResponse()
                .getContentAsString());

        assertThat(text).contains("Aucun territoire n'a le code « 00000 ».");
    }
}
