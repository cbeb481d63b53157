package fr.resilience360.action.plan;

import java.util.EnumMap;
import java.util.Map;

/**
 * The weight of each prioritisation criterion, 0 to 10, as the plan's editors set them; shown normalised so that they
 * sum to 100 % ({@link #share}). The defaults favour the impact on weak needs, the purpose of the plan.
 */
public record Weights(Map<Criterion, Integer> byCriterion) {

    public static final int MAX = 10;

    public static final Weights DEFAULT = new Weights(Map.of(
            Criterion.IMPACT, 3,
            Criterion.BOUSSOLE, 1,
            Criterion.COUT, 1,
            Criterion.FAISABILITE, 1,
            Criterion.DELAI, 1,
            Criterion.COBENEFICES, 1));

    public Weights {
        Map<Criterion, Integer> copy = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            Integer w = byCriterion.get(c);
            if (w == null || w < 0 || w > MAX)
                throw new IllegalArgumentException("poids hors de 0–" + MAX + " pour " + c.label());
            copy.put(c, w);
        }
        byCriterion = java.util.Collections.unmodifiableMap(copy);
    }

    public int of(Criterion criterion) {
        return byCriterion.get(criterion);
    }

    public int sum() {
        return byCriterion.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The criterion's share of the sum, 0–1 (all zero: every criterion counts the same). */
    public double share(Criterion criterion) {
        int sum = sum();
        return sum == 0 ? 1.0 / Criterion.values().length : of(criterion) / (double) sum;
    }
}
