package fr.resilience360.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class IndicatorPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void catalogueListsIndicatorsByThemeWithTheirSource() {
        assertThat(mvc.get().uri("/indicateurs"))
                .hasStatusOk()
                .bodyText()
                .contains("Indicateurs de l'observatoire", "/indicateurs/part_residences_secondaires", "INSEE");
    }

    @Test
    void indicatorPageShowsDefinitionSourceStatisticsRankingAndMap() {
        assertThat(mvc.get().uri("/indicateurs/part_residences_secondaires?niveau=epci"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Médiane",
                        "Valeurs les plus élevées",
                        "Valeurs les plus faibles",
                        "Source :",
                        "/api/v1/contours/epci.geojson",
                        "/api/v1/indicateurs/part_residences_secondaires/carte?niveau=epci");
    }

    @Test
    void indicatorPageFallsBackToAnAvailableLevel() {
        assertThat(mvc.get().uri("/indicateurs/part_residences_secondaires?niveau=lune"))
                .hasStatusOk()
                .bodyText()
                .contains("Intercommunalités (");
    }

    @Test
    void anIndicatorWithSeveralPeriodsShowsItsEvolution() {
        assertThat(mvc.get().uri("/indicateurs/apl_infirmiers"))
                .hasStatusOk()
                .bodyText()
                .contains("Évolution en France", "2022", "2023");
    }

    @Test
    void unknownIndicatorGetsAFrench404() {
        assertThat(mvc.get().uri("/indicateurs/inconnu"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyText()
                .contains("Page introuvable", "inconnu");
    }

    @Test
    void territorySectionShowsValuesPositionsAndSources() {
        assertThat(mvc.get().uri("/territoires/200042174/indicateurs").header("HX-Request", "true"))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("<html")
                .contains("Indicateurs de l'observatoire", "sur 1", "centile", "/indicateurs/");
    }

    @Test
    void territoryPageLoadsTheObservatorySectionWithHtmx() {
        assertThat(mvc.get().uri("/territoires/200042174"))
                .hasStatusOk()
                .bodyText()
                .contains("hx-get=\"/territoires/200042174/indicateurs\"");
    }
}
