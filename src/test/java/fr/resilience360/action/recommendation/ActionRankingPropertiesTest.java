package fr.resilience360.action.recommendation;

import static fr.resilience360.action.recommendation.RecommendationFixtures.action;
import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.action.CatalogueAction;
import fr.resilience360.action.CostRange;
import fr.resilience360.action.Difficulty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the ranking for any territory's needs and any small catalogue. */
class ActionRankingPropertiesTest {

    static final List<String> IDS = List.of("bv1", "bv2", "bv3", "be1", "be2", "bi1");

    @Provide
    Arbitrary<List<NeedWeakness.Need>> needs() {
        Arbitrary<Double> score = Arbitraries.doubles().between(0, 1).injectNull(0.1);
        Arbitrary<Integer> rank = Arbitraries.integers().between(0, 3);
        Arbitrary<Double> perception = Arbitraries.doubles().between(0, 1).injectNull(0.5);
        return Combinators.combine(
                        score.list().ofSize(IDS.size()),
                        rank.list().ofSize(IDS.size()),
                        perception.list().ofSize(IDS.size()))
                .as((s, r, p) -> {
                    List<NeedWeakness.Need> out = new ArrayList<>();
                    for (int i = 0; i < IDS.size(); i++)
                        out.add(new NeedWeakness.Need(IDS.get(i), IDS.get(i), s.get(i), r.get(i), p.get(i)));
                    return out;
                });
    }

    @Provide
    Arbitrary<List<CatalogueAction>> catalogues() {
        Arbitrary<CatalogueAction> one = Combinators.combine(
                        Arbitraries.of(IDS).list().ofMinSize(1).ofMaxSize(3).uniqueElements(),
                        Arbitraries.of(CostRange.class),
                        Arbitraries.of(Difficulty.class),
                        Arbitraries.of("canicule", "inondation", "seisme")
                                .list()
                                .ofMaxSize(2)
                                .uniqueElements())
                .as((needs, cost, difficulty, hazards) -> action("x", needs, List.of(), hazards, cost, difficulty));
        return one.list().ofMinSize(1).ofMaxSize(25).map(list -> {
            List<CatalogueAction> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                CatalogueAction a = list.get(i);
                named.add(action("action-" + i, a.needs(), a.rows(), a.hazards(), a.cost(), a.difficulty()));
            }
            return named;
        });
    }

    static ActionRanking.Territory territory(List<NeedWeakness.Need> needs) {
        return ActionRanking.Territory.of(needs, List.of(), List.of(new ActionRanking.Hazard("canicule", "Canicule")));
    }

    @Property
    void theRankingIsAPermutationOfTheCatalogueWhateverItsOrder(
            @ForAll("needs") List<NeedWeakness.Need> needs,
            @ForAll("catalogues") List<CatalogueAction> catalogue,
            @ForAll long seed) {
        List<CatalogueAction> shuffled = new ArrayList<>(catalogue);
        Collections.shuffle(shuffled, new Random(seed));
        var ranked = ActionRanking.rank(catalogue, territory(needs));
        assertThat(ranked).extracting(ActionRanking.Scored::action).containsExactlyInAnyOrderElementsOf(catalogue);
        assertThat(ActionRanking.rank(shuffled, territory(needs))).isEqualTo(ranked);
    }

    @Property
    void anActionImprovingOnlyStrongerNeedsNeverOutranksTheSameActionImprovingTheWeakestNeed(
            @ForAll("needs") List<NeedWeakness.Need> needs,
            @ForAll("catalogues") List<CatalogueAction> catalogue,
            @ForAll @IntRange(min = 0, max = 24) int pick) {
        var t = territory(needs);
        String weakest = NeedWeakness.ordered(needs).get(0).id();
        CatalogueAction strong = catalogue.get(pick % catalogue.size());
        net.jqwik.api.Assume.that(!strong.needs().contains(weakest));
        List<String> replaced = new ArrayList<>(strong.needs());
        replaced.set(0, weakest);
        CatalogueAction weak =
                action("zzz-weak", replaced, strong.rows(), strong.hazards(), strong.cost(), strong.difficulty());
        CatalogueAction strongNamed = action(
                "aaa-strong", strong.needs(), strong.rows(), strong.hazards(), strong.cost(), strong.difficulty());
        var ranked = ActionRanking.rank(List.of(strongNamed, weak), t);
        boolean tied = ranked.get(0).priority() == ranked.get(1).priority();
        if (!tied) assertThat(ranked.get(0).action().id()).isEqualTo("zzz-weak");
        else
            assertThat(NeedWeakness.ordered(needs).get(0).weakness())
                    .isEqualTo(t.weakness(strong.needs().get(0)));
    }

    @Property
    void aLowerScoreOfANeedNeverLowersThePriorityOfAnActionImprovingIt(
            @ForAll("needs") List<NeedWeakness.Need> needs,
            @ForAll("catalogues") List<CatalogueAction> catalogue,
            @ForAll @IntRange(min = 0, max = 5) int which,
            @ForAll @DoubleRange(min = 0, max = 1) double drop) {
        NeedWeakness.Need before = needs.get(which);
        double score = before.score() == null ? 1 : before.score();
        List<NeedWeakness.Need> lowered = new ArrayList<>(needs);
        lowered.set(
                which,
                new NeedWeakness.Need(
                        before.id(), before.name(), score * (1 - drop), before.hitRank(), before.perception()));
        List<NeedWeakness.Need> raised = new ArrayList<>(needs);
        raised.set(
                which, new NeedWeakness.Need(before.id(), before.name(), score, before.hitRank(), before.perception()));
        for (CatalogueAction a : catalogue)
            assertThat(ActionRanking.score(a, territory(lowered)).priority())
                    .isGreaterThanOrEqualTo(
                            ActionRanking.score(a, territory(raised)).priority() - 1e-12);
    }
}
