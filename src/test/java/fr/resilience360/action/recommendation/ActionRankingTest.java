package fr.resilience360.action.recommendation;

import static fr.resilience360.action.recommendation.RecommendationFixtures.action;
import static fr.resilience360.action.recommendation.RecommendationFixtures.need;
import static fr.resilience360.action.recommendation.RecommendationFixtures.territory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.resilience360.action.CatalogueAction;
import fr.resilience360.action.CostRange;
import fr.resilience360.action.Difficulty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How actions are ranked: by the weakness of the needs they improve, bonuses for weak rows and exposing hazards. */
class ActionRankingTest {

    static final List<NeedWeakness.Need> NEEDS = List.of(need("bv2", 0.2), need("be2", 0.5), need("bi1", 0.9));

    static List<String> ids(List<ActionRanking.Scored> ranked) {
        return ranked.stream().map(s -> s.action().id()).toList();
    }

    @Test
    void theMainNeedCountsMoreThanAnOtherOne() {
        var weakFirst = action("a", List.of("bv2", "bi1"));
        var weakSecond = action("b", List.of("bi1", "bv2"));
        var ranked = ActionRanking.rank(List.of(weakSecond, weakFirst), territory(NEEDS));
        assertThat(ids(ranked)).containsExactly("a", "b");
        assertThat(ranked.get(0).priority()).isCloseTo(0.8 + 0.5 * 0.1, within(1e-9));
        assertThat(ranked.get(1).priority()).isCloseTo(0.1 + 0.5 * 0.8, within(1e-9));
    }

    @Test
    void anOtherNeedAddsHalfOfItsWeaknessAndTheReasonNamesTheWeakestNeed() {
        var alone = action("a", List.of("be2"));
        var withWeak = action("b", List.of("be2", "bv2"));
        var ranked = ActionRanking.rank(List.of(alone, withWeak), territory(NEEDS));
        assertThat(ids(ranked)).containsExactly("b", "a");
        assertThat(ranked.get(0).need().id()).isEqualTo("bv2");
    }

    @Test
    void aWeakRowItImprovesRanksItHigherAndIsKept() {
        var rows = List.of(
                new ActionRanking.RowNote("be2_i01", "Ligne faible", 0.0),
                new ActionRanking.RowNote("be2_i02", "Ligne moyenne", 0.5));
        var t = ActionRanking.Territory.of(NEEDS, rows, List.of());
        var withRow = action("b", List.of("be2"), List.of("be2_i01"), List.of(), CostRange.PLUS_1M, Difficulty.ELEVEE);
        var withFairRow =
                action("a", List.of("be2"), List.of("be2_i02"), List.of(), CostRange.MOINS_10K, Difficulty.FAIBLE);
        var ranked = ActionRanking.rank(List.of(withFairRow, withRow), t);
        assertThat(ids(ranked)).containsExactly("b", "a");
        assertThat(ranked.get(0).rows())
                .extracting(ActionRanking.RowNote::label)
                .containsExactly("Ligne faible");
        assertThat(ranked.get(1).rows()).isEmpty();
        assertThat(ranked.get(0).priority() - ranked.get(1).priority())
                .isCloseTo(ActionRanking.ROW_BONUS, within(1e-9));
    }

    @Test
    void reducingAnExposingHazardRanksItHigher() {
        var t = ActionRanking.Territory.of(NEEDS, List.of(), List.of(new ActionRanking.Hazard("canicule", "Canicule")));
        var reduces = action("b", List.of("be2"), List.of(), List.of("canicule"), CostRange.PLUS_1M, Difficulty.ELEVEE);
        var other = action("a", List.of("be2"), List.of(), List.of("seisme"), CostRange.MOINS_10K, Difficulty.FAIBLE);
        var ranked = ActionRanking.rank(List.of(other, reduces), t);
        assertThat(ids(ranked)).containsExactly("b", "a");
        assertThat(ranked.get(0).hazards())
                .extracting(ActionRanking.Hazard::label)
                .containsExactly("Canicule");
    }

    @Test
    void equalPrioritiesAreOrderedByCostThenDifficultyThenId() {
        CatalogueAction dear = action("a", List.of("be2"), List.of(), List.of(), CostRange.PLUS_1M, Difficulty.FAIBLE);
        CatalogueAction hard =
                action("b", List.of("be2"), List.of(), List.of(), CostRange.MOINS_10K, Difficulty.ELEVEE);
        CatalogueAction easy =
                action("d", List.of("be2"), List.of(), List.of(), CostRange.MOINS_10K, Difficulty.FAIBLE);
        CatalogueAction easyToo =
                action("c", List.of("be2"), List.of(), List.of(), CostRange.MOINS_10K, Difficulty.FAIBLE);
        assertThat(ids(ActionRanking.rank(List.of(dear, hard, easy, easyToo), territory(NEEDS))))
                .containsExactly("c", "d", "b", "a");
    }
}
