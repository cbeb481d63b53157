package fr.resilience360.action.toolbox;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.online.OnlineFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The public toolbox: {@code /outils} lists the tools by phase with filters, {@code /outils/{id}} shows a fiche whose
 * territory links are completed for a territory's code, and the API gives the same data; unknown tools and filter
 * values get French errors.
 */
@IntegrationTest
class ToolboxPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Toolbox toolbox;

    @Autowired
    java.util.List<fr.resilience360.shared.CacheablePages> cacheable;

    @Test
    void anonymousToolboxPagesAreKeptUntilTheDataFileChanges() {
        var pages = cacheable.stream()
                .filter(c -> c.patterns().contains("/outils") && c.patterns().contains("/outils/*"))
                .findFirst()
                .orElseThrow();
        assertThat(pages.version().get()).isEqualTo(toolbox.version()).hasSize(16);
        assertThat(pages.patterns()).noneMatch(p -> p.contains("parcours"));
    }

    @Test
    void theListShowsEveryToolByPhaseWithItsLicenceAndTheNavigationLinksToIt() throws Exception {
        var result = mvc.get().uri("/outils").exchange();
        assertThat(result).hasStatusOk();
        String html = result.getResponse().getContentAsString();
        assertThat(html)
                .contains("Boîte à outils des dynamiques collectives")
                .contains(toolbox.tools().size() + " outils sur "
                        + toolbox.tools().size())
                .contains("href=\"/outils/enquete-collective\"")
                .contains("CC BY-SA 4.0")
                .contains("<li><a href=\"/outils\">Outils</a></li>");
        for (Phase p : Phase.values()) assertThat(html).contains("id=\"phase-" + p.code() + "\"");
    }

    @Test
    void theFiltersKeepOnlyTheMatchingTools() throws Exception {
        String html = mvc.get()
                .uri("/outils?phase=decider&public=habitants&duree=mois")
                .exchange()
                .getResponse()
                .getContentAsString();
        String results = html.substring(0, html.indexOf("Un parcours suggéré"));
        assertThat(results)
                .contains("href=\"/outils/conseil-citoyen-transition\"")
                .contains("href=\"/outils/budget-participatif\"")
                .doesNotContain("href=\"/outils/forum-ouvert\"")
                .doesNotContain("href=\"/outils/cafe-debat\"");
        String searched = mvc.get()
                .uri("/outils?q=benevoles+entretien")
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(searched).contains("href=\"/outils/enquete-collective\"").contains("1 outil sur");
    }

    @Test
    void anUnknownFilterValueIsAFrenchErrorNamingTheParameter() throws Exception {
        var page = mvc.get().uri("/outils?phase=rever").exchange();
        assertThat(page).hasStatus(400);
        assertThat(page.getResponse().getContentAsString()).contains("Le paramètre « phase » vaut « rever »");
        var api = mvc.get().uri("/api/v1/outils?duree=siecle").exchange();
        assertThat(api).hasStatus(400);
        assertThat(api).bodyJson().extractingPath("$.parametre").isEqualTo("duree");
    }

    @Test
    void theCollectiveSurveyFicheShowsTheInterviewGuideAndLinksToTheSurveyTemplatesOfATerritory() throws Exception {
        String html = mvc.get()
                .uri("/outils/enquete-collective")
                .exchange()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("Guide — se présenter")
                .contains("Points de vigilance")
                .contains("Retour d'expérience")
                .contains("/territoires/{code}/enquetes");
        var forLorient = mvc.get()
                .uri("/outils/enquete-collective?territoire=" + OnlineFixtures.LORIENT_AGGLO)
                .exchange();
        assertThat(forLorient.getResponse().getContentAsString())
                .contains("href=\"/territoires/" + OnlineFixtures.LORIENT_AGGLO + "/enquetes\"")
                .contains("href=\"/territoires/" + OnlineFixtures.LORIENT_AGGLO + "/questionnaires\"")
                .contains("href=\"/territoires/" + OnlineFixtures.LORIENT_AGGLO + "/parcours\"");
        var unknown =
                mvc.get().uri("/outils/enquete-collective?territoire=00000").exchange();
        assertThat(unknown).hasStatus(400);
        assertThat(unknown.getResponse().getContentAsString())
                .contains("Territoire : aucun territoire n&#39;a le code « 00000 ».");
    }

    @Test
    void anUnknownToolIsAFrench404() throws Exception {
        var page = mvc.get().uri("/outils/fresque-inconnue").exchange();
        assertThat(page).hasStatus(404);
        assertThat(page.getResponse().getContentAsString()).contains("« fresque-inconnue »");
        var api = mvc.get().uri("/api/v1/outils/fresque-inconnue").exchange();
        assertThat(api).hasStatus(404);
        assertThat(api).bodyJson().extractingPath("$.title").isEqualTo("Outil inconnu");
    }

    @Test
    void theApiListsAndFiltersTheToolsAndGivesAFicheWithItsLinksAndLevers() throws Exception {
        var list = mvc.get().uri("/api/v1/outils?phase=comprendre").exchange();
        assertThat(list).hasStatusOk();
        assertThat(list)
                .bodyJson()
                .extractingPath("$.outils[*].phase")
                .asArray()
                .containsOnly("comprendre");
        assertThat(list).bodyJson().extractingPath("$.version").isEqualTo(toolbox.version());
        var fiche = mvc.get().uri("/api/v1/outils/atelier-chaines-impact").exchange();
        assertThat(fiche).bodyJson().extractingPath("$.liens[0].adresse").isEqualTo("/territoires/{code}/stress-test");
        assertThat(fiche).bodyJson().extractingPath("$.liens[0].par_territoire").isEqualTo(true);
        assertThat(fiche).bodyJson().extractingPath("$.leviers[0].code").isEqualTo("p3-l1");
        assertThat(fiche).bodyJson().extractingPath("$.etapes").asArray().hasSizeGreaterThan(2);
    }
}
