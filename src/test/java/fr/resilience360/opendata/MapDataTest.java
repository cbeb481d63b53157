package fr.resilience360.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class MapDataTest {

    @Autowired
    MockMvcTester mvc;

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
    void aBadPeriodOrLevelIsAFrenchProblem() {
        assertThat(mvc.get()
                        .uri("/api/v1/indicateurs/part_residences_secondaires/carte?niveau=departement&annee=vingt"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Période « vingt » invalide");
        assertThat(mvc.get().uri("/api/v1/indicateurs/part_residences_secondaires/carte?niveau=canton&annee=2022"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyText()
                .contains("Niveau « canton » inconnu");
    }
}
