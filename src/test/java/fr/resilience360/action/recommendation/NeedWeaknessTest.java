package fr.resilience360.action.recommendation;

import static fr.resilience360.action.recommendation.RecommendationFixtures.need;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The weakness of a need: (1 − score) + 0.3 × (4 − rank) / 3 for the 3 most hit needs + 0.3 × (1 − perception). */
class NeedWeaknessTest {

    @ParameterizedTest(name = "score {0}, rang {1}, perception {2} → {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "0.32, 0, -,    0.68",
                "0.32, 1, -,    0.98",
                "0.32, 2, -,    0.88",
                "0.32, 3, -,    0.78",
                "0.32, 4, -,    0.68",
                "0.32, 0, 0.41, 0.857",
                "1,    0, 1,    0",
                "-,    1, -,    0.3",
                "-,    0, -,    0",
                "0,    1, 0,    1.6"
            })
    void combinesTheScoreTheStressTestRankAndThePerception(Double score, int rank, Double perception, double expected) {
        assertThat(NeedWeakness.weakness(score, rank, perception)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void listsTheThreeWeakestScoredNeedsWeakestFirstAndNeverANeedWithoutScore() {
        var needs = List.of(
                need("bv1", 0.8),
                need("bv2", 0.2),
                new NeedWeakness.Need("bv3", "Besoin bv3", null, 1, 0.0),
                need("be1", 0.5),
                need("be2", 0.34),
                need("bi1", 0.9));
        assertThat(NeedWeakness.weakest(needs))
                .extracting(NeedWeakness.Need::id)
                .containsExactly("bv2", "be2", "be1");
        assertThat(NeedWeakness.ordered(needs))
                .extracting(NeedWeakness.Need::id)
                .containsExactly("bv2", "be2", "bv3", "be1", "bv1", "bi1");
    }

    @Test
    void theStressTestRankCanMakeAHigherScoreTheWeakerNeed() {
        var hit = new NeedWeakness.Need("be2", "Se soigner", 0.40, 1, null);
        var calm = need("bv1", 0.35);
        assertThat(NeedWeakness.weakest(List.of(calm, hit)))
                .extracting(NeedWeakness.Need::id)
                .containsExactly("be2", "bv1");
    }

    @Test
    void equalWeaknessesAreOrderedByLowerScoreThenId() {
        var a = need("bv2", 0.5);
        var b = need("bv1", 0.5);
        assertThat(NeedWeakness.ordered(List.of(a, b)))
                .extracting(NeedWeakness.Need::id)
                .containsExactly("bv1", "bv2");
    }
}
