package fr.resilience360.observatory.aggregation;

import fr.resilience360.observatory.AggregationRule;
import java.util.Map;

/** The French sentence stored with a computed value to say how it was made (shown beside the value). */
final class AggregationDetails {

    private AggregationDetails() {}

    static String of(AggregationRepository.Catalogued c, Map<String, String> labels) {
        return switch (c.rule()) {
            case MOYENNE_PONDEREE ->
                "agrégé des communes : moyenne pondérée par "
                        + (c.weight() == null || c.weight().equals("population")
                                ? "la population municipale"
                                : "« " + labels.getOrDefault(c.weight(), c.weight()) + " »");
            default -> "agrégé des communes : " + c.rule().label();
        };
    }

    static String ratio(String numerator, double factor, Map<String, String> labels) {
        return "calculé : « " + labels.getOrDefault(numerator, numerator) + " » / population municipale × "
                + (factor == Math.rint(factor) ? Long.toString((long) factor) : Double.toString(factor));
    }

    static String families(int count) {
        return "calculé : nombre de familles parmi " + count + " présentes dans les communes";
    }

    static boolean aggregates(AggregationRule rule) {
        return !rule.computed() && rule != AggregationRule.AUCUNE;
    }
}
