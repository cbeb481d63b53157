package fr.resilience360.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.resilience360.IntegrationTest;
import fr.resilience360.observatory.RelativePositions;
import fr.resilience360.territory.Territories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class IndicatorApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RelativePositions positions;

    @Autowired
    Territories territories;

    @Test
    void theCatalogueGivesDefinitionsUnitsRulesAndSources() {
        var json =
                assertThat(mvc.get().uri("/api/v1/indicateurs")).hasStatusOk().bodyJson();
        json.extractingPath("$[?(@.id == 'apl_infirmiers')].unite").asArray().containsExactly("ETP / 100 000 hab.");
        json.extractingPath("$[?(@.id == 'apl_infirmiers')].agregation.regle")
                .asArray()
                .containsExactly("moyenne_ponderee");
        json.extractingPath("$[?(@.id == 'apl_infirmiers')].source.producteur")
                .asArray()
                .containsExactly("DREES");
    }

    @Test
    void theCatalogueFiltersByTheActorTypeEachIndicatorDescribes() {
        var businesses = assertThat(mvc.get().uri("/api/v1/indicateurs?acteur=entreprises"))
                .hasStatusOk()
                .bodyJson();
        businesses.extractingPath("$[*].typeActeur").asArray().isNotEmpty().containsOnly("entreprises");
        businesses.extractingPath("$[*].id").asArray().contains("part_emplois_presentiels", "indice_krugman_a38");
        businesses.extractingPath("$[*].id").asArray().doesNotContain("apl_infirmiers");

        var society = assertThat(mvc.get().uri("/api/v1/indicateurs?acteur=societe"))
                .hasStatusOk()
                .bodyJson();
        society.extractingPath("$[*].id").asArray().contains("participation_municipales_2020", "taux_pauvrete");

        assertThat(mvc.get().uri("/api/v1/indicateurs?acteur=clients"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.parametre")
                .isEqualTo("acteur");
    }

    @Test
    void aTerritoryGivesEveryVintageOfASeriesAndTheChangeSinceThePreviousOne() {
        var json = assertThat(mvc.get().uri("/api/v1/territoires/200042174/indicateurs?acteur=territoires"))
                .hasStatusOk()
                .bodyJson();
        String gp = "$.valeurs[?(@.indicateur == 'apl_medecins_generalistes')]";
        json.extractingPath(gp + ".periode").asArray().containsExactly("2023");
        json.extractingPath(gp + ".serie[*].periode").asArray().containsExactly("2022", "2023");
        json.extractingPath(gp + ".evolution.depuis").asArray().containsExactly("2022");
        // 4.206203 (2023) − 4.148890 (2022), computed from the DREES file for the 25 communes
        json.extractingPath(gp + ".evolution.ecart")
                .asArray()
                .singleElement()
                .satisfies(e -> assertThat(((Number) e).doubleValue()).isCloseTo(0.057313, within(1e-5)));
        json.extractingPath("$.valeurs[*].typeActeur").asArray().containsOnly("territoires");
        json.extractingPath("$.valeurs[?(@.indicateur == 'bpe_pharmacie')]")
                .asArray()
                .isEmpty();
        json.extractingPath("$.valeurs[?(@.indicateur == 'part_residences_secondaires')].evolution")
                .asArray()
                .containsOnlyNulls();
    }

    @Test
    void valuesOfALevelArePaginated() {
        var json = assertThat(
                        mvc.get()
                                .uri(
                                        "/api/v1/indicateurs/part_residences_secondaires/valeurs?niveau=epci&annee=2022&taille=10&page=2"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.valeurs.length()").isEqualTo(10);
        json.extractingPath("$.page").isEqualTo(2);
        json.extractingPath("$.total")
                .asNumber()
                .satisfies(n -> assertThat(n.intValue()).isBetween(1200, 1255));
    }

    @Test
    void aTerritoryListsItsLatestValuesWithSourcesAndPositions() {
        var json = assertThat(mvc.get().uri("/api/v1/territoires/200042174/indicateurs"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.territoire.nom").isEqualTo("CA Lorient Agglomération");
        json.extractingPath("$.valeurs[?(@.indicateur == 'part_residences_secondaires')].valeur")
                .asArray()
                .containsExactly(8.21);
        json.extractingPath("$.valeurs[?(@.indicateur == 'part_residences_secondaires')].position.effectif")
                .asArray()
                .singleElement()
                .satisfies(n -> assertThat(((Number) n).intValue()).isGreaterThan(1200));
    }

    @Test
    void answersCarryAnEtagAndRevalidateWith304() {
        MvcTestResult first =
                mvc.get().uri("/api/v1/indicateurs/apl_infirmiers").exchange();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getResponse().getHeader("Cache-Control")).contains("max-age=3600");
        assertThat(mvc.get().uri("/api/v1/indicateurs/apl_infirmiers").header("If-None-Match", etag))
                .hasStatus(HttpStatus.NOT_MODIFIED);
    }

    @Test
    void badParametersAreProblemDetails() {
        assertThat(mvc.get().uri("/api/v1/indicateurs/inconnu/valeurs"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Indicateur inconnu");
        assertThat(mvc.get().uri("/api/v1/indicateurs/apl_infirmiers/valeurs?niveau=canton"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("canton");
        assertThat(mvc.get().uri("/api/v1/indicateurs/apl_infirmiers/valeurs?annee=1999"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("2022, 2023");
    }

    @Test
    void theDatapackageDescribesOneCsvPerLevelWithTypesLicencesAndSources() {
        var json = assertThat(mvc.get().uri("/api/v1/donnees/datapackage.json"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.resources[*].path")
                .asArray()
                .contains(
                        "indicateurs.csv",
                        "valeurs-commune.csv",
                        "valeurs-epci.csv",
                        "valeurs-departement.csv",
                        "valeurs-region.csv",
                        "valeurs-pays.csv");
        json.extractingPath("$.resources[1].schema.fields[?(@.name == 'valeur')].type")
                .asArray()
                .containsExactly("number");
        json.extractingPath("$.sources.length()")
                .asNumber()
                .satisfies(n -> assertThat(n.intValue()).isGreaterThanOrEqualTo(13));
    }

    @Test
    void theCsvOfALevelIsUtf8WithOneRowPerValue() throws Exception {
        // streamed asynchronously: MockMvc waits 10 s by default, too short on a loaded two-core machine (not a timing
        // test)
        MvcTestResult result =
                mvc.get().uri("/api/v1/donnees/valeurs-region.csv").exchange(java.time.Duration.ofSeconds(90));
        assertThat(result).hasStatusOk();
        String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).startsWith("territoire_id,code,nom,indicateur,periode,type_acteur,valeur,unite,methode");
        assertThat(body).contains("reg-53,53,Bretagne,apl_infirmiers,2023,territoires,");
    }
}
