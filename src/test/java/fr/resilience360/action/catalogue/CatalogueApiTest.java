package fr.resilience360.action.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CatalogueAction;
import fr.resilience360.action.CatalogueFiles;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** {@code /api/v1/actions}, its filters and French errors, the tree and the Boussole's levers. */
@IntegrationTest
class CatalogueApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Catalogue catalogue;

    @Test
    void theListGivesEveryActionWithItsPlaceAndLabelledCodes() {
        CatalogueAction first = catalogue.actions().get(0);
        Catalogue.Placement place = catalogue.placement(first.id()).orElseThrow();
        int total = catalogue.actions().size();

        var json = assertThat(mvc.get().uri("/api/v1/actions")).hasStatusOk().bodyJson();

        json.extractingPath("$.total").isEqualTo(total);
        json.extractingPath("$.nombre").isEqualTo(total);
        json.extractingPath("$.actions.length()").isEqualTo(total);
        json.extractingPath("$.licence").asString().startsWith("CC BY-SA 4.0");
        json.extractingPath("$.actions[0].id").isEqualTo(first.id());
        json.extractingPath("$.actions[0].titre").isEqualTo(first.title());
        json.extractingPath("$.actions[0].axe.id").isEqualTo(place.axis().id());
        json.extractingPath("$.actions[0].objectif.libelle")
                .isEqualTo(place.goal().title());
        json.extractingPath("$.actions[0].besoins[0].id")
                .isEqualTo(first.needs().get(0));
        json.extractingPath("$.actions[0].leviers[0].code")
                .isEqualTo(first.levers().get(0).code());
        json.extractingPath("$.actions[0].leviers[0].libelle")
                .isEqualTo(first.levers().get(0).label());
        json.extractingPath("$.actions[0].leviers[0].principe.code")
                .isEqualTo(first.levers().get(0).principle().code());
        json.extractingPath("$.actions[0].cout.code").isEqualTo(first.cost().code());
        json.extractingPath("$.actions[0].references.length()")
                .isEqualTo(first.references().size());
        json.extractingPath("$.actions[0].contribution").isEqualTo(place.contributed());
    }

    @Test
    void theFiltersAreTheOnesOfThePage() {
        CatalogueAction first = catalogue.actions().get(0);
        BoussoleLever lever = first.levers().get(0);

        var byLever = assertThat(mvc.get().uri("/api/v1/actions?levier=" + lever.code()))
                .hasStatusOk()
                .bodyJson();
        byLever.extractingPath("$.nombre").isEqualTo(catalogue.serving(lever).size());

        CatalogueAction reducing = catalogue.actions().stream()
                .filter(a -> !a.hazards().isEmpty())
                .findFirst()
                .orElseThrow();
        String word = fr.resilience360.shared.SearchText.words(reducing.title()).get(0);
        var byHazard = assertThat(mvc.get()
                        .uri(
                                "/api/v1/actions?alea={alea}&q={q}",
                                reducing.hazards().get(0),
                                word.toUpperCase()))
                .hasStatusOk()
                .bodyJson();
        byHazard.extractingPath("$.actions[*].id").asArray().contains(reducing.id());
        byHazard.extractingPath("$.actions[*].aleas[*].id")
                .asArray()
                .contains(reducing.hazards().get(0));

        var none = assertThat(mvc.get().uri("/api/v1/actions?q=zzqqxx"))
                .hasStatusOk()
                .bodyJson();
        none.extractingPath("$.nombre").isEqualTo(0);
        none.extractingPath("$.total").isEqualTo(catalogue.actions().size());
    }

    @Test
    void theOpenApiDocumentationListsTheFilters() {
        var json = assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson();
        json.extractingPath("$.paths['/api/v1/actions'].get.parameters[*].name")
                .asArray()
                .contains("axe", "besoin", "levier", "alea", "cout", "delai", "difficulte", "cobenefice", "q");
        json.extractingPath("$.paths")
                .asMap()
                .containsKeys("/api/v1/actions/{id}", "/api/v1/actions/axes", "/api/v1/leviers");
    }

    @Test
    void aBadFilterValueIsAFrench400NamingTheParameter() {
        var problem = assertThat(mvc.get().uri("/api/v1/actions?levier=P9_L9"))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson();

        problem.extractingPath("$.parametre").isEqualTo("levier");
        problem.extractingPath("$.detail").asString().startsWith("Le paramètre « levier » doit être");
    }

    @Test
    void oneActionByItsIdOrAFrench404() {
        CatalogueAction first = catalogue.actions().get(0);

        assertThat(mvc.get().uri("/api/v1/actions/" + first.id()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.resume")
                .isEqualTo(first.summary());
        var problem = assertThat(mvc.get().uri("/api/v1/actions/inconnue-ici"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson();
        problem.extractingPath("$.title").isEqualTo("Action inconnue");
        problem.extractingPath("$.detail").asString().contains("« inconnue-ici »");
    }

    @Test
    void theTreeListsTheAxesInCatalogueOrderWithTheIdsOfTheirActions() {
        var json =
                assertThat(mvc.get().uri("/api/v1/actions/axes")).hasStatusOk().bodyJson();

        json.extractingPath("$[*].id").asArray().containsExactlyElementsOf(CatalogueFiles.AXES);
        json.extractingPath("$..objectifs[*].actions[*]")
                .asArray()
                .hasSize(catalogue.actions().size())
                .contains(catalogue.actions().get(0).id());
    }

    @Test
    void theLeversGiveSixPrinciplesOfThreeLeversWithTheirActionCounts() {
        var json = assertThat(mvc.get().uri("/api/v1/leviers")).hasStatusOk().bodyJson();

        json.extractingPath("$.length()").isEqualTo(6);
        json.extractingPath("$[*].leviers.length()").asArray().containsOnly(3);
        json.extractingPath("$[2].leviers[1].libelle").isEqualTo("Levier 3.2 (nom à confirmer)");
        json.extractingPath("$[2].leviers[1].nomme").isEqualTo(false);
        int served = Arrays.stream(BoussoleLever.values())
                .mapToInt(l -> catalogue.serving(l).size())
                .sum();
        json.extractingPath("$[*].leviers[*].actions")
                .asArray()
                .satisfies(counts -> assertThat(
                                Arrays.stream(counts).mapToInt(c -> (Integer) c).sum())
                        .isEqualTo(served));
    }
}
