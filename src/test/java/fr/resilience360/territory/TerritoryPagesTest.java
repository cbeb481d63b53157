package fr.resilience360.territory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class TerritoryPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void searchPageListsResultsInAFullPage() {
        assertThat(mvc.get().uri("/recherche?q=saint etienne"))
                .hasStatusOk()
                .bodyText()
                .contains("<html lang=\"fr\"", "Saint-Étienne", "/territoires/42218");
    }

    @Test
    void searchWithHtmxReturnsOnlyTheResultsFragment() {
        assertThat(mvc.get().uri("/recherche?q=lorient").header("HX-Request", "true"))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("<html")
                .contains("CA Lorient Agglomération", "/territoires/200042174");
    }

    @Test
    void suggestionsSayWhenNothingMatches() {
        assertThat(mvc.get().uri("/recherche/suggestions?q=zzzzqqq"))
                .hasStatusOk()
                .bodyText()
                .contains("Aucun territoire ne correspond");
    }

    @Test
    void anEpciPageShowsItsCommunesParentsAndMap() {
        assertThat(mvc.get().uri("/territoires/200042174"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "CA Lorient Agglomération",
                        "Communauté d&#39;agglomération",
                        "208 113",
                        "Communes (25)",
                        "/territoires/56121",
                        "/territoires/dep-56",
                        "/api/v1/territoires/200042174/carte");
    }

    @Test
    void anEpciPageShowsItsTypologyWithSourcesAndComparableTerritories() {
        assertThat(mvc.get().uri("/territoires/200042174"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "<h2 id=\"typologie-titre\">Typologie</h2>",
                        "Villes moyennes et agglomérations</strong>",
                        "Littoral</strong>",
                        "Densité dominante (grille à 7 niveaux",
                        "Source : INSEE, grille communale de densité (2025)",
                        "riveraines d&#39;un lac ou d&#39;un estuaire",
                        "<h3 id=\"comparables-titre\">Territoires comparables</h3>");
    }

    @Test
    void aCommunePageShowsItsOwnTypologyAndADepartementPageNone() {
        assertThat(mvc.get().uri("/territoires/56121"))
                .hasStatusOk()
                .bodyText()
                .contains("Typologie", "Grands centres urbains (niveau 1 sur 7)", "Action cœur de ville");
        assertThat(mvc.get().uri("/territoires/dep-56"))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("typologie-titre");
    }

    @Test
    void aCommunePageLinksUpToItsEpci() {
        assertThat(mvc.get().uri("/territoires/56121"))
                .hasStatusOk()
                .bodyText()
                .contains("Lorient", "56100", "/territoires/200042174");
    }

    @Test
    void anOfficialCodeRedirectsToTheTerritoryPage() {
        assertThat(mvc.get().uri("/territoires/56"))
                .hasStatus(HttpStatus.FOUND)
                .hasRedirectedUrl("/territoires/dep-56");
    }

    @Test
    void anUnknownCodeGetsAFrench404Page() {
        assertThat(mvc.get().uri("/territoires/99999"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyText()
                .contains("Page introuvable", "Aucun territoire", "99999");
    }

    @Test
    void aCodeSharedByTwoTerritoriesListsBothOnAMultipleChoicesPage() {
        assertThat(mvc.get().uri("/territoires/53"))
                .hasStatus(HttpStatus.MULTIPLE_CHOICES)
                .bodyText()
                .contains("désigne plusieurs territoires", "/territoires/reg-53", "/territoires/dep-53");
    }
}
