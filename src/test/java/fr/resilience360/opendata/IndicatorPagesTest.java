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
    void territorySectionShowsTheChangeSinceThePreviousVintageAndTheActorType() {
        // APL to GPs aged 65 or less, CA Lorient Agglomération: 4.148890 (2022) → 4.206203 (2023), from the DREES file
        assertThat(mvc.get().uri("/territoires/200042174/indicateurs").header("HX-Request", "true"))
                .hasStatusOk()
                .bodyText()
                .contains("<th scope=\"col\">Évolution</th>", "+0,06 depuis 2022", "Entreprises", "Société");
    }

    @Test
    void catalogueFiltersByActorType() {
        assertThat(mvc.get().uri("/indicateurs?acteur=entreprises"))
                .hasStatusOk()
                .bodyText()
                .contains("Indicateurs décrivant : entreprises", "/indicateurs/part_emplois_presentiels")
                .doesNotContain("/indicateurs/apl_infirmiers\"");
        assertThat(mvc.get().uri("/indicateurs?acteur=martiens"))
                .hasStatusOk()
                .bodyText()
                .contains("Type d’acteur « martiens » inconnu", "/indicateurs/apl_infirmiers\"");
    }

    @Test
    void territoryPageLoadsTheObservatorySectionWithHtmx() {
        assertThat(mvc.get().uri("/territoires/200042174"))
                .hasStatusOk()
                .bodyText()
                .contains("hx-get=\"/territoires/200042174/indicateurs\"");
    }
}
