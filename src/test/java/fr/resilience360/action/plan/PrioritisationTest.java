package fr.resilience360.action.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.CoBenefit;
import fr.resilience360.action.CostRange;
import fr.resilience360.action.Delay;
import fr.resilience360.action.Difficulty;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrioritisationTest {

    static final Map<String, Double> SCORES = Map.of("bv1", 0.2, "bv2", 0.8);

    static Traits traits(List<String> needs, CostRange cost, Difficulty difficulty, Delay delay) {
        return new Traits(
                needs,
                List.of(BoussoleLever.P1_L1, BoussoleLever.P1_L2, BoussoleLever.P2_L1),
                cost,
                difficulty,
                delay,
                List.of(CoBenefit.CLIMAT, CoBenefit.SANTE, CoBenefit.EMPLOI));
    }

    static Weights only(Criterion criterion) {
        Map<Criterion, Integer> w = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) w.put(c, c == criterion ? 1 : 0);
        return new Weights(w);
    }

    @Test
    void impactIsTheMeanWeaknessOfTheNeedsTheMainOneCountingTwice() {
        var c = Prioritisation.criteria(traits(List.of("bv1", "bv2"), null, null, null), SCORES);
        assertThat(c.get(Criterion.IMPACT)).isCloseTo((2 * 0.8 + 0.2) / 3, within(1e-9));
    }

    @Test
    void needsWithoutScoreAreLeftOutAndWithNoneImpactIsUnknown() {
        assertThat(Prioritisation.criteria(traits(List.of("bv9", "bv1"), null, null, null), SCORES)
                        .get(Criterion.IMPACT))
                .isCloseTo(0.8, within(1e-9));
        assertThat(Prioritisation.criteria(traits(List.of("bv9"), null, null, null), SCORES))
                .doesNotContainKey(Criterion.IMPACT);
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3} {4} {5}")
    @CsvSource({
        "MOINS_10K,    FAIBLE,  COURT, 1,      1,   1",
        "DE_10K_A_100K, MOYENNE, MOYEN, 0.6667, 0.5, 0.5",
        "PLUS_1M,      ELEVEE,  LONG,  0,      0,   0"
    })
    void cheaperEasierAndQuickerScoreHigher(
            CostRange cost, Difficulty difficulty, Delay delay, double c, double f, double d) {
        var criteria = Prioritisation.criteria(traits(List.of("bv1"), cost, difficulty, delay), SCORES);
        assertThat(criteria.get(Criterion.COUT)).isCloseTo(c, within(1e-4));
        assertThat(criteria.get(Criterion.FAISABILITE)).isCloseTo(f, within(1e-4));
        assertThat(criteria.get(Criterion.DELAI)).isCloseTo(d, within(1e-4));
    }

    @Test
    void boussoleCoverageIsTheShareOfPrinciplesServedAndCoBenefitsTheShareOfTheNine() {
        var c = Prioritisation.criteria(traits(List.of("bv1"), null, null, null), SCORES);
        assertThat(c.get(Criterion.BOUSSOLE)).isCloseTo(2 / 6.0, within(1e-9));
        assertThat(c.get(Criterion.COBENEFICES)).isCloseTo(3 / 9.0, within(1e-9));
    }

    @Test
    void theScoreIsTheWeightedMeanOfTheKnownCriteria() {
        Traits t = traits(List.of("bv1"), CostRange.PLUS_1M, null, Delay.COURT);
        assertThat(Prioritisation.rank(t, SCORES, only(Criterion.COUT)).score()).isEqualTo(0.0);
        assertThat(Prioritisation.rank(t, SCORES, only(Criterion.DELAI)).score())
                .isEqualTo(1.0);
        // difficulty unknown: its weight is shared by the others
        assertThat(Prioritisation.rank(t, SCORES, only(Criterion.FAISABILITE)).score())
                .isNull();
    }

    @Test
    void changingTheWeightsChangesWhichActionComesFirst() {
        Traits cheapSlow = traits(List.of("bv2"), CostRange.MOINS_10K, Difficulty.FAIBLE, Delay.LONG);
        Traits costlyOnWeakNeed = traits(List.of("bv1"), CostRange.PLUS_1M, Difficulty.ELEVEE, Delay.LONG);
        assertThat(Prioritisation.rank(costlyOnWeakNeed, SCORES, only(Criterion.IMPACT))
                        .score())
                .isGreaterThan(Prioritisation.rank(cheapSlow, SCORES, only(Criterion.IMPACT))
                        .score());
        assertThat(Prioritisation.rank(costlyOnWeakNeed, SCORES, only(Criterion.COUT))
                        .score())
                .isLessThan(Prioritisation.rank(cheapSlow, SCORES, only(Criterion.COUT))
                        .score());
    }

    @Test
    void weightsAreShownNormalisedToTheirSum() {
        assertThat(Weights.DEFAULT.sum()).isEqualTo(8);
        assertThat(Weights.DEFAULT.share(Criterion.IMPACT)).isEqualTo(3 / 8.0);
    }
}
