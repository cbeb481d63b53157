package fr.resilience360.territory;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.resilience360.IntegrationTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonContent;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

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
    void anEpciCarriesItsTypologyDerivedFromItsCommunesWithSources() {
        var json = assertThat(mvc.get().uri("/api/v1/territoires/200042174"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.typologie.types[*].code")
                .asArray()
                .containsExactly("villes-moyennes-agglomerations", "littoral");
        json.extractingPath("$.typologie.types[0].motif").isEqualTo("Communauté d'agglomération");
        json.extractingPath("$.typologie.epci.communes").isEqualTo(25);
        json.extractingPath("$.typologie.epci.communePrincipale.id").isEqualTo("56121");
        json.extractingPath("$.typologie.epci.densiteDominante.libelle").isNotNull();
        json.extractingPath("$.typologie.sources[*].attribut")
                .asArray()
                .contains("densite", "aire-attraction", "montagne", "littoral", "programmes");
    }

    @Test
    void aCommuneCarriesItsOwnTypologyAndADepartementNone() {
        var json = assertThat(mvc.get().uri("/api/v1/territoires/56121"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.typologie.commune.densite.libelle").isEqualTo("Grands centres urbains");
        json.extractingPath("$.typologie.commune.densite4.niveau").isEqualTo(1);
        json.extractingPath("$.typologie.commune.aireAttraction.nom").isEqualTo("Lorient");
        json.extractingPath("$.typologie.commune.littoral").isEqualTo(true);
        json.extractingPath("$.typologie.commune.programmes").asArray().contains("acv", "ort");
        assertThat(mvc.get().uri("/api/v1/territoires/dep-56"))
                .bodyJson()
                .extractingPath("$.typologie")
                .isNull();
    }

    @Test
    void aCollectiviteDoutreMerIsOutreMerOutsideTheGridsAndTheCoastalList() {
        var json = assertThat(mvc.get().uri("/api/v1/territoires/97502"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.typologie.types[*].code").asArray().containsExactly("outre-mer");
        json.extractingPath("$.typologie.commune.zone").isEqualTo("com");
        json.extractingPath("$.typologie.commune.densite").isNull();
        json.extractingPath("$.typologie.commune.littoral").isNull();
    }

    @Test
    void comparableTerritoriesShareTheLevelAndTheTypes() {
        var json = assertThat(mvc.get().uri("/api/v1/territoires/200042174/comparables?limit=3"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.length()").isEqualTo(3);
        json.extractingPath("$[*].type").asArray().containsOnly("epci");
        json.extractingPath("$[*].id").asArray().doesNotContain("200042174");
        json.extractingPath("$[0].types").asArray().containsExactly("villes-moyennes-agglomerations", "littoral");
        assertThat(mvc.get().uri("/api/v1/territoires/200042174/comparables?limit=0"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .satisfies(problem("Paramètre invalide", "limit", "de 1 à 100"));
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
    void everyEpciIsReachableInTwoPagesOfAThousand() {
        MvcTestResult first =
                mvc.get().uri("/api/v1/territoires?type=epci&limit=1000").exchange();
        MvcTestResult second =
                mvc.get().uri("/api/v1/territoires?type=epci&page=2&limit=1000").exchange();

        assertThat(first).hasStatusOk().bodyJson().extractingPath("$.total").isEqualTo(1255);
        assertThat(first).bodyJson().extractingPath("$.territoires.length()").isEqualTo(1000);
        assertThat(second).bodyJson().extractingPath("$.page").isEqualTo(2);
        assertThat(second).bodyJson().extractingPath("$.territoires.length()").isEqualTo(255);
        Set<String> ids = new HashSet<>(ids(first));
        ids.addAll(ids(second));
        assertThat(ids).hasSize(1255).allMatch(id -> id.length() == 9);
    }

    @Test
    void aPageLinksToTheFirstPreviousNextAndLastPages() {
        String link = mvc.get()
                .uri("/api/v1/territoires?type=departement&page=2&limit=20")
                .exchange()
                .getResponse()
                .getHeader(HttpHeaders.LINK);

        assertThat(link)
                .contains("/api/v1/territoires?type=departement&page=1&limit=20>; rel=\"first\"")
                .contains("page=1&limit=20>; rel=\"prev\"")
                .contains("page=3&limit=20>; rel=\"next\"")
                .contains("page=6&limit=20>; rel=\"last\"");
        String lastPage = mvc.get()
                .uri("/api/v1/territoires?type=departement&page=6&limit=20")
                .exchange()
                .getResponse()
                .getHeader(HttpHeaders.LINK);
        assertThat(lastPage).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void aListHasAHundredTerritoriesByDefaultOrderedByIdentifier() {
        var json = assertThat(mvc.get().uri("/api/v1/territoires?type=region"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.total").isEqualTo(18);
        json.extractingPath("$.limit").isEqualTo(100);
        json.extractingPath("$.territoires[0].id").isEqualTo("reg-01");
        json.extractingPath("$.territoires[0].nom").isEqualTo("Guadeloupe");
        json.extractingPath("$.territoires[*].type").asArray().hasSize(18).containsOnly("region");
    }

    @Test
    void badParametersGetAProblemInFrenchNamingTheParameter() {
        assertThat(mvc.get().uri("/api/v1/territoires?q=lorient&limit=abc"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .satisfies(problem("Paramètre invalide", "limit", "« abc »", "nombre entier attendu"));
        assertThat(mvc.get().uri("/api/v1/territoires?q=lorient&type=ville"))
                .bodyJson()
                .satisfies(problem("Paramètre invalide", "type", "« ville » inconnu"));
        assertThat(mvc.get().uri("/api/v1/territoires?q=lorient&limit=1000"))
                .bodyJson()
                .satisfies(problem("Paramètre invalide", "limit", "de 1 à 100"));
        assertThat(mvc.get().uri("/api/v1/territoires?type=epci&limit=1001"))
                .bodyJson()
                .satisfies(problem("Paramètre invalide", "limit", "de 1 à 1000", "« 1001 »"));
        assertThat(mvc.get().uri("/api/v1/territoires?type=epci&page=0"))
                .bodyJson()
                .satisfies(problem("Paramètre invalide", "page", "supérieur ou égal à 1"));
        assertThat(mvc.get().uri("/api/v1/territoires?type=epci&page=deux"))
                .bodyJson()
                .satisfies(problem("Paramètre invalide", "page", "« deux »"));
    }

    @Test
    void withoutQueryNorTypeTheProblemSaysWhatToGive() {
        assertThat(mvc.get().uri("/api/v1/territoires"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .satisfies(problem("Paramètre invalide", "q", "« q »", "« type »"));
    }

    @Test
    void anAmbiguousCodeIsABadRequestNamingTheCandidates() {
        var json = assertThat(mvc.get().uri("/api/v1/territoires/53"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson();
        json.extractingPath("$.title").isEqualTo("Code de territoire ambigu");
        json.extractingPath("$.detail").asString().contains("reg-53 (Bretagne)", "dep-53 (Mayenne)");
        json.extractingPath("$.candidats").asArray().containsExactlyInAnyOrder("reg-53", "dep-53");
    }

    @Test
    void anUnknownCodeIsAProblem404InFrench() {
        var json = assertThat(mvc.get().uri("/api/v1/territoires/99999/carte"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson();
        json.extractingPath("$.title").isEqualTo("Territoire inconnu");
        json.extractingPath("$.detail").isEqualTo("Aucun territoire n'a le code « 99999 ».");
        json.extractingPath("$.status").isEqualTo(404);
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
    void openApiDescribesTheSearchArrayAndTheListPage() {
        var json = assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson();
        json.extractingPath("$.paths")
                .asMap()
                .containsKeys(
                        "/api/v1/territoires", "/api/v1/territoires/{code}", "/api/v1/territoires/{code}/comparables");
        json.extractingPath("$.paths['/api/v1/territoires'].get.parameters[*].name")
                .asArray()
                .containsExactly("q", "type", "page", "limit");
        json.extractingPath(
                        "$.paths['/api/v1/territoires'].get.responses['200'].content['application/json'].schema.oneOf[*].$ref")
                .asArray()
                .containsExactlyInAnyOrder(
                        "#/components/schemas/ResultatsDeRecherche", "#/components/schemas/PageDeTerritoires");
        json.extractingPath("$.components.schemas")
                .asMap()
                .containsKeys("Ref", "Typologie", "TypologieEpci", "TypologieCommuneMembre", "TerritoireComparable");
        json.extractingPath("$.components.schemas.ResultatsDeRecherche.type").isEqualTo("array");
        json.extractingPath("$.components.schemas.PageDeTerritoires.properties")
                .asMap()
                .containsKeys("total", "page", "limit", "territoires");
    }
    /** A French problem: its title, the parameter it names, and words of its detail. */
    private static Consumer<JsonContent> problem(String title, String parameter, String... detail) {
        return json -> {
            assertThat(JsonPath.<String>read(json.getJson(), "$.title")).isEqualTo(title);
            assertThat(JsonPath.<String>read(json.getJson(), "$.parametre")).isEqualTo(parameter);
            assertThat(JsonPath.<String>read(json.getJson(), "$.detail"))
                    .contains(detail)
                    .doesNotContain("Exception");
        };
    }

    private static List<String> ids(MvcTestResult page) {
        try {
            return JsonPath.read(page.getResponse().getContentAsString(), "$.territoires[*].id");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
