package fr.resilience360.diagnostic.prefill;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.territory.TerritoryDirectory;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The pre-fill of a custom group of communes: the observatory's values aggregated over its communes. */
@IntegrationTest
class GroupPrefillTest {

    private static final String LORIENT_AGGLO = "200042174";

    @Autowired
    Diag360Prefill prefill;

    @Autowired
    TerritoryDirectory directory;

    @Test
    void aGroupsRowsCarryValueYearSourceMethodAndCoverage() {
        List<String> communes = directory.communesByParent().get(LORIENT_AGGLO);
        var group = prefill.prefillGroup("Pays de Lorient", communes);

        assertThat(group.territoire()).isEqualTo(new Diag360Prefill.Territoire("groupe", "Pays de Lorient"));
        assertThat(group.indicateurs()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(group.indicateurs().size() + group.manquants().size()).isEqualTo(PrefillRules.RULES.size());
        assertThat(group.indicateurs()).allSatisfy(v -> {
            assertThat(v.valeur()).isNotNull();
            assertThat(v.annee()).isNotNull();
            assertThat(v.source()).isNotBlank();
            assertThat(v.indicateur()).isNotBlank();
            assertThat(v.methode())
                    .containsAnyOf(
                            "(groupe de " + communes.size() + " communes)",
                            "département qui réunit la plus grande part de la population du groupe");
        });
        assertThat(group.indicateurs()).filteredOn(v -> v.couverture() != null).isNotEmpty();
    }

    @Test
    void rulesOfTheDepartementReadTheOneHoldingMostOfTheGroupsPopulation() {
        // Lorient (Morbihan) is far larger than Quimperlé (Finistère)
        var group = prefill.prefillGroup("Lorient et Quimperlé", List.of("56121", "29233"));

        assertThat(group.indicateurs())
                .filteredOn(v -> v.id().equals("bv5_i03"))
                .singleElement()
                .satisfies(v -> assertThat(v.methode())
                        .contains("département 56")
                        .contains("plus grande part de la population du groupe"));
    }

    @Test
    void aGroupOfAnEpcisCommunesIsPrefilledAsTheEpciWhereTheEpciIsAggregated() {
        List<String> communes = directory.communesByParent().get(LORIENT_AGGLO);
        Map<String, Diag360Prefill.Valeur> group = byId(prefill.prefillGroup("Agglo", communes));
        Map<String, Diag360Prefill.Valeur> epci =
                byId(prefill.prefill(directory.find(LORIENT_AGGLO).orElseThrow()));

        long same = epci.values().stream()
                .filter(v -> v.methode().startsWith("agrégé") || v.methode().startsWith("calculé"))
                .filter(v -> !v.methode().contains("département"))
                .peek(v -> assertThat(group.get(v.id()).valeur()).as(v.id()).isEqualTo(v.valeur()))
                .count();
        assertThat(same).isGreaterThanOrEqualTo(5);
    }

    @Test
    void saysWhyARowPublishedOnlyForOfficialTerritoriesIsMissing() {
        var group = prefill.prefillGroup(
                "Pays de Lorient", directory.communesByParent().get(LORIENT_AGGLO));

        assertThat(group.manquants())
                .anySatisfy(m -> assertThat(m.raison()).contains("ne se calcule pas pour un groupe de communes"));
    }

    private static Map<String, Diag360Prefill.Valeur> byId(Diag360Prefill.Prefill p) {
        return p.indicateurs().stream()
                .collect(Collectors.toMap(Diag360Prefill.Valeur::id, Function.identity(), (a, b) -> a));
    }
}
