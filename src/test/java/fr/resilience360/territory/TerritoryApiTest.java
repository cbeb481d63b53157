package fr.resilience360.territory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class TerritoryApiTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void searchListsTheCommuneAndTheIntercommunality() {
        assertThat(mvc.get().uri("/api/v1/territoires?q=lorient"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].code")
                .asArray()
                .contains("56121", "200042174");
    }

    @Test
    void searchFiltersByTypeAndLimit() {
        assertThat(mvc.get().uri("/api/v1/territoires?q=saint&type=commune&limit=3"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].type")
                .asArray()
                .containsExactly("commune", "commune", "commune");
    }

    @Test
    void aTerritoryListsItsMembersAndParents() {
        var json = assertThat(mvc.get().uri("/api/v1/territoires/200042174"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.nom").isEqualTo("CA Lorient Agglomération");
        json.extractingPath("$.type").isEqualTo("epci");
        json.extractingPath("$.membres.length()").isEqualTo(25);
        json.extractingPath("$.parents[*].id").asArray().containsExactly("FR", "reg-53", "dep-56");
    }

    @Test
    void anUnambiguousOfficialCodeFindsItsTerritory() {
        assertThat(mvc.get().uri("/api/v1/territoires/56"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.id")
                .isEqualTo("dep-56");
    }

    @Test
    void badParametersGetAProblemInFrenchWithoutStackTrace() {
        assertThat(mvc.get().uri("/api/v1/territoires?q=lorient&limit=abc"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("limit")
                .doesNotContain("Exception");
        assertThat(mvc.get().uri("/api/v1/territoires?q=lorient&type=ville")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/v1/territoires?q=lorient&limit=1000")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/v1/territoires")).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anAmbiguousCodeIsABadRequestNamingTheCandidates() {
        assertThat(mvc.get().uri("/api/v1/territoires/53"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("reg-53", "dep-53");
    }

    @Test
    void anUnknownCodeIsAProblem404() {
        assertThat(mvc.get().uri("/api/v1/territoires/99999"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theMapHoldsTheOutlineAndTheMembers() {
        assertThat(mvc.get().uri("/api/v1/territoires/200042174/carte"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.features[*].properties.role")
                .asArray()
                .hasSize(26)
                .containsOnlyOnce("territoire");
    }

    @Test
    void openApiDescribesTheTerritoriesApi() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.paths")
                .asMap()
                .containsKeys("/api/v1/territoires", "/api/v1/territoires/{code}");
    }
}
