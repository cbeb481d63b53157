package fr.resilience360.observatory.aggregation;

import fr.resilience360.observatory.AggregationRule;

/**
 * The rules that make a territory's value from its communes' values (plain Java, no database). Arrays are indexed by
 * commune; NaN means "no value". Coverage is the share of the members' population whose commune has a value; a
 * commune without a value is missing, never zero.
 */
public final class MemberAggregation {

    /** A territory's value, the share of its population covered and the number of communes used. */
    public record Result(double value, double coverage, int covered, int members) {}

    private MemberAggregation() {}

    /**
     * @param members the indices of the territory's communes
     * @param values the communes' values (the numerator for a ratio)
     * @param weights the weights of a weighted mean (the denominator of a ratio); ignored by other rules
     * @param population the communes' population, for coverage
     * @param factor the multiplier of a ratio (e.g. 10,000 for "per 10,000 inhabitants")
     * @return the result, or null when no member has a value or the rule does not aggregate
     */
    public static Result aggregate(
            AggregationRule rule,
            int[] members,
            double[] values,
            double[] weights,
            double[] population,
            double factor) {
        double sum = 0, weightSum = 0, max = Double.NEGATIVE_INFINITY, popAll = 0, popCovered = 0;
        int covered = 0, positive = 0;
        for (int m : members) {
            double p = Double.isNaN(population[m]) ? 0 : population[m];
            popAll += p;
            double v = values[m];
            if (Double.isNaN(v)) continue;
            double w = weights == null ? 1 : weights[m];
            if ((rule == AggregationRule.MOYENNE_PONDEREE || rule == AggregationRule.RATIO)
                    && (Double.isNaN(w) || w < 0)) continue;
            covered++;
            popCovered += p;
            sum += rule == AggregationRule.MOYENNE_PONDEREE ? v * w : v;
            weightSum += w;
            max = Math.max(max, v);
            if (v > 0) positive++;
        }
        if (covered == 0) return null;
        double value = switch (rule) {
            case SOMME -> sum;
            case MOYENNE_PONDEREE -> weightSum == 0 ? Double.NaN : sum / weightSum;
            case RATIO -> weightSum == 0 ? Double.NaN : sum / weightSum * factor;
            case PART_COMMUNES -> (double) positive / covered;
            case MAX -> max;
            case NOMBRE_FAMILLES, MOYENNE_SURFACIQUE, AUCUNE -> Double.NaN;
        };
        if (Double.isNaN(value)) return null;
        double coverage = popAll > 0 ? popCovered / popAll : (double) covered / members.length;
        return new Result(value, Math.min(1, coverage), covered, members.length);
    }
}
