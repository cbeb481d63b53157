package fr.resilience360.action.plan;

import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.BoussolePrinciple;
import fr.resilience360.action.CoBenefit;
import fr.resilience360.action.CostRange;
import fr.resilience360.action.Delay;
import fr.resilience360.action.Difficulty;
import java.util.EnumMap;
import java.util.Map;

/**
 * The plan's multi-criteria prioritisation (issue 12, item 6). Each criterion is scored 0–1, higher is better:
 *
 * <ul>
 *   <li>impact on weak needs: mean of (1 − need score) over the action's needs that have a score, the main (first)
 *       need counting twice; the scores are the territory's ({@code vulnerability.NeedScoreSource});
 *   <li>Boussole coverage: the share of the 6 principles whose levers the action serves;
 *   <li>cost, feasibility, delay: linear on the ordered scale (cheapest, easiest, quickest = 1; most expensive,
 *       hardest, longest = 0);
 *   <li>co-benefits: their number over the 9 co-benefits of the catalogue.
 * </ul>
 *
 * A criterion that cannot be scored (no need with a score, no cost…) is left out, and the other weights share its
 * place: the score is the weighted mean of the known criteria, null when none is known. Plain Java.
 */
public final class Prioritisation {

    private Prioritisation() {}

    /** An action's criteria (a missing key: unknown) and its score, 0–1 (null: nothing known). */
    public record Ranking(Map<Criterion, Double> criteria, Double score) {}

    public static Ranking rank(Traits traits, Map<String, Double> needScores, Weights weights) {
        Map<Criterion, Double> c = criteria(traits, needScores);
        double sum = 0;
        double weight = 0;
        for (var e : c.entrySet()) {
            double w = weights.sum() == 0 ? 1 : weights.of(e.getKey());
            sum += w * e.getValue();
            weight += w;
        }
        return new Ranking(c, weight == 0 ? null : sum / weight);
    }

    static Map<Criterion, Double> criteria(Traits traits, Map<String, Double> needScores) {
        Map<Criterion, Double> c = new EnumMap<>(Criterion.class);
        Double impact = impact(traits, needScores);
        if (impact != null) c.put(Criterion.IMPACT, impact);
        if (!traits.levers().isEmpty())
            c.put(
                    Criterion.BOUSSOLE,
                    traits.levers().stream()
                                    .map(BoussoleLever::principle)
                                    .distinct()
                                    .count()
                            / (double) BoussolePrinciple.values().length);
        if (traits.cost() != null) c.put(Criterion.COUT, cheaper(traits.cost(), CostRange.values().length));
        if (traits.difficulty() != null)
            c.put(Criterion.FAISABILITE, cheaper(traits.difficulty(), Difficulty.values().length));
        if (traits.delay() != null) c.put(Criterion.DELAI, cheaper(traits.delay(), Delay.values().length));
        c.put(Criterion.COBENEFICES, traits.cobenefits().size() / (double) CoBenefit.values().length);
        return c;
    }

    private static Double impact(Traits traits, Map<String, Double> needScores) {
        double sum = 0;
        double weight = 0;
        for (int i = 0; i < traits.needs().size(); i++) {
            Double score = needScores.get(traits.needs().get(i));
            if (score == null) continue;
            double w = i == 0 ? 2 : 1;
            sum += w * (1 - score);
            weight += w;
        }
        return weight == 0 ? null : sum / weight;
    }

    /** 1 for the first constant of an ordered scale, 0 for the last. */
    private static double cheaper(Enum<?> value, int size) {
        return 1 - value.ordinal() / (double) (size - 1);
    }
}
