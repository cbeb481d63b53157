package fr.resilience360.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class ObservatoryPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void theCatalogueListsIndicatorsByThemeWithTheirSources() {
        assertThat(mvc.get().uri("/observatoire"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "<h2 id=\"theme-sante\">Santé</h2>",
                        "Accessibilité potentielle localisée aux infirmiers",
                        "DREES",
                        "Licence Ouverte 2.0");
    }

    @Test
    void anIndicatorPageShowsDefinitionSourceMapDistributionAndRanking() {
        assertThat(mvc.get().uri("/observatoire/indicateurs/part_residences_secondaires?niveau=departement"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Taux de résidences secondaires",
                        "INSEE RP 2022",
                        "data-geojson=\"/api/v1/contours/departement.geojson\"",
                        "Médiane",
                        "Les 10 valeurs les plus élevées",
                        "<option value=\"departement\" selected=\"selected\">");
    }

    @Test
    void anIndicatorWithSeveralPeriodsShowsItsSeries() {
        assertThat(mvc.get().uri("/observatoire/indicateurs/apl_infirmiers"))
                .hasStatusOk()
                .bodyText()
                .contains("Évolution (France)", "2022", "2023");
    }

    @Test
    void aTerritoryPageShowsItsIndicatorsWithPercentileBarsAndSources() {
        assertThat(mvc.get().uri("/observatoire/territoires/200042174"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "Indicateurs de CA Lorient Agglomération",
                        "<meter min=\"0\" max=\"100\"",
                        "rang",
                        "DREES APL infirmiers 2022-2023",
                        "couverture");
    }

    @Test
    void nationalBoundariesAreServedCompressed() {
        var result = mvc.get().uri("/api/v1/contours/epci.geojson").exchange();
        assertThat(result).hasStatusOk().hasHeader("Content-Encoding", "gzip");
        assertThat(mvc.get().uri("/api/v1/contours/canton.geojson")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void mapValuesAreKeyedByOfficialCode() {
        assertThat(mvc.get().uri("/api/v1/indicateurs/part_residences_secondaires/carte?niveau=departement&annee=2022"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$['56']")
                .asNumber()
                .satisfies(v -> assertThat(v.doubleValue()).isBetween(5.0, 30.0));
    }

    @Test
    void theImportsPageListsLoadedDatasetsWithVersionsAndCounts() {
        assertThat(mvc.get().uri("/observatoire/imports"))
                .hasStatusOk()
                .bodyText()
                .contains("Imports de l'observatoire", "insee-bpe", "aggregates", "Progression");
        assertThat(mvc.get().uri("/observatoire/imports/progression"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"progression\"");
    }
}
