package fr.resilience360.report.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.vulnerability.ClimateHorizon;
import fr.resilience360.vulnerability.Exposures;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The exposure maps at each DRIAS horizon the observatory holds (TRACC-2023: 2030, 2050, 2100): chosen in the URL,
 * the same values as a territory's own exposure at that horizon, carried into every download and named in the title;
 * hazards whose rule reads no DRIAS index have no horizon.
 */
@IntegrationTest
class AtlasHorizonTest {

    private static final String HEAT = "variable=exposition:canicule&niveau=departement";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Exposures exposures;

    @Autowired
    TerritoryDirectory directory;

    @Test
    void eachHorizonMapsTheSameExposureAsTheTerritorysOwnAtThatHorizon() throws Exception {
        var morbihan = directory.find("dep-56").orElseThrow();
        for (ClimateHorizon horizon : ClimateHorizon.values()) {
            String[] line = csvLine(HEAT + "&horizon=" + horizon.code(), "56");
            Double own =
                    exposures.of(morbihan, List.of("canicule"), horizon).get(0).value();

            assertThat(line[2])
                    .isEqualTo(own == null ? "" : Double.toString(own).replace('.', ','));
            assertThat(line[4]).contains("TRACC-2023", "à l'horizon " + horizon.code());
            assertThat(line[5]).isEqualTo("horizon " + horizon.code());
        }
    }

    @Test
    void moreWarmingGivesMoreExposureToHeatAcrossTheCountry() throws Exception {
        assertThat(total(HEAT + "&horizon=2100")).isGreaterThan(total(HEAT + "&horizon=2030"));
    }

    @Test
    void withoutAHorizonTheMapIsAtTheNearest() throws Exception {
        assertThat(csvLine(HEAT, "56")).isEqualTo(csvLine(HEAT + "&horizon=2030", "56"));
    }

    @Test
    void theHorizonIsInEveryDownloadsNameTitleAndTheSvg() throws Exception {
        var svg = mvc.get()
                .uri("/api/v1/cartes/carte.svg?" + HEAT + "&horizon=2050")
                .exchange();

        assertThat(svg)
                .hasStatusOk()
                .headers()
                .hasValue(
                        "Content-Disposition",
                        "attachment; filename=\"exposition-canicule-departement-horizon-2050.svg\"");
        assertThat(svg.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("horizon 2050 (TRACC-2023, +2 °C dans le monde)", "Départements, horizon 2050");
        assertThat(mvc.get().uri("/api/v1/cartes/carte.png?" + HEAT + "&horizon=2100"))
                .hasStatusOk()
                .headers()
                .hasValue(
                        "Content-Disposition",
                        "attachment; filename=\"exposition-canicule-departement-horizon-2100.png\"");
    }

    @Test
    void thePageLetsTheHorizonBeChosenWithoutJavaScriptAndCarriesItIntoTheDownloads() {
        assertThat(mvc.get().uri("/cartes?" + HEAT + "&horizon=2100"))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "<select id=\"horizon\" name=\"horizon\">",
                        "<option value=\"2100\" selected=\"selected\">2100 — +3 °C dans le monde</option>")
                .contains("Exposition : Canicule (0 à 1), horizon 2100 (TRACC-2023, +3 °C dans le monde)")
                .contains("/api/v1/cartes/carte.svg?" + HEAT.replace("&", "&amp;") + "&amp;horizon=2100")
                .contains("/api/v1/cartes/donnees.csv?" + HEAT.replace("&", "&amp;") + "&amp;horizon=2100")
                .contains("<input type=\"hidden\" name=\"horizon\" value=\"2100\">");
        assertThat(mvc.get().uri("/cartes?" + HEAT))
                .hasStatusOk()
                .bodyText()
                .contains("Exposition : Canicule (0 à 1), horizon 2030 (TRACC-2023, +1,5 °C dans le monde)");
    }

    @Test
    void aHazardWhoseRuleReadsNoDriasIndexHasNoHorizon() throws Exception {
        String storms = "variable=exposition:tempete&niveau=departement";

        assertThat(mvc.get().uri("/cartes?" + storms + "&horizon=2100"))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("name=\"horizon\"", "horizon=2100");
        assertThat(csvLine(storms + "&horizon=2100", "56")[5]).isEqualTo("données les plus récentes");
    }

    @Test
    void anUnknownHorizonIsAFrenchErrorNamingIt() {
        assertThat(mvc.get().uri("/api/v1/cartes/donnees.csv?" + HEAT + "&horizon=2070"))
                .hasStatus(400)
                .bodyText()
                .contains("horizon", "L'horizon climatique est 2030, 2050 ou 2100 (reçu « 2070 »)");
        assertThat(mvc.get().uri("/cartes?" + HEAT + "&horizon=2070"))
                .hasStatus(400)
                .bodyText()
                .contains("horizon climatique est 2030, 2050 ou 2100 (reçu « 2070 »)");
    }

    private double total(String query) throws Exception {
        double sum = 0;
        for (String line : text("/api/v1/cartes/donnees.csv?" + query).split("\r\n")) {
            String value = AtlasTest.fields(line)[2];
            if (!value.isEmpty() && !value.equals("valeur")) sum += Double.parseDouble(value.replace(',', '.'));
        }
        return sum;
    }

    private String[] csvLine(String query, String code) throws Exception {
        return AtlasTest.csvLine(mvc, query, code);
    }

    private String text(String uri) throws Exception {
        return AtlasTest.text(mvc, uri);
    }
}
