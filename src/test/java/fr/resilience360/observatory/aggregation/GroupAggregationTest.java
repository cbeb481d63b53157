package fr.resilience360.observatory.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.resilience360.IntegrationTest;
import fr.resilience360.observatory.AggregationRule;
import fr.resilience360.observatory.Indicator;
import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.observatory.ValueMethod;
import fr.resilience360.territory.TerritoryDirectory;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A group made of an EPCI's communes gets the EPCI's own aggregated values: same rule, same weights, same coverage
 * (the recompute's values of the EPCI, wherever the producer publishes none at its level).
 */
@IntegrationTest
class GroupAggregationTest {

    private static final Set<AggregationRule> COMPARED = EnumSet.of(
            AggregationRule.SOMME,
            AggregationRule.MOYENNE_PONDEREE,
            AggregationRule.RATIO,
            AggregationRule.PART_COMMUNES,
            AggregationRule.MAX,
            AggregationRule.NOMBRE_FAMILLES);

    @Autowired
    Observatory observatory;

    @Autowired
    TerritoryDirectory directory;

    @ParameterizedTest(name = "EPCI {0}")
    @ValueSource(strings = {"200042174", "245600440", "242200715"})
    void aGroupOfAnEpcisCommunesHasTheEpcisAggregatedValues(String epci) {
        List<String> communes = directory.communesByParent().get(epci);
        List<Indicator> indicators = observatory.indicators().stream()
                .filter(i -> COMPARED.contains(i.aggregation().rule()))
                .toList();
        Map<String, IndicatorValue> group = observatory.latestOfCommunes(
                communes, indicators.stream().map(Indicator::id).toList());

        int compared = 0;
        for (Indicator indicator : indicators) {
            IndicatorValue g = group.get(indicator.id());
            if (g == null) continue;
            assertThat(g.territoryId()).isEqualTo(GroupAggregation.GROUP);
            assertThat(g.methodDetail()).endsWith("(groupe de " + communes.size() + " communes)");
            var own = observatory.value(epci, indicator.id(), g.period());
            if (own.isEmpty() || own.get().method() == ValueMethod.PUBLIE) continue;
            assertThat(g.value())
                    .as(indicator.id())
                    .isCloseTo(
                            own.get().value(),
                            within(1e-9 * Math.max(1, Math.abs(own.get().value()))));
            assertThat(g.method()).as(indicator.id()).isEqualTo(own.get().method());
            if (own.get().coverage() != null)
                assertThat(g.coverage()).as(indicator.id()).isCloseTo(own.get().coverage(), within(1e-9));
            assertThat(g.flags()).as(indicator.id()).isEqualTo(own.get().flags());
            compared++;
        }
        assertThat(compared).isGreaterThanOrEqualTo(20);
        assertThat(indicators.stream().map(i -> i.aggregation().rule()).distinct())
                .contains(AggregationRule.SOMME, AggregationRule.MOYENNE_PONDEREE, AggregationRule.RATIO);
    }

    @ParameterizedTest(name = "rule {0}")
    @ValueSource(strings = {"aucune", "moyenne_surfacique"})
    void rulesThatNeedMoreThanTheCommunesValuesGiveNoValue(String rule) {
        List<String> ids = observatory.indicators().stream()
                .filter(i -> i.aggregation().rule() == AggregationRule.fromCode(rule))
                .map(Indicator::id)
                .toList();
        assertThat(ids).isNotEmpty();
        assertThat(observatory.latestOfCommunes(directory.communesByParent().get("200042174"), ids))
                .isEmpty();
    }

    @org.junit.jupiter.api.Test
    void communesUnknownToTheDivisionAreIgnored() {
        assertThat(observatory.latestOfCommunes(List.of("56999", "dep-56"), List.of("population_rp")))
                .isEmpty();
        assertThat(observatory.latestOfCommunes(List.of("56121", "56999"), List.of("population_rp")))
                .containsOnlyKeys("population_rp")
                .allSatisfy((id, v) -> assertThat(v.methodDetail()).endsWith("(groupe de 1 commune)"));
    }
}
