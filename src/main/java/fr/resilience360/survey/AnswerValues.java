package fr.resilience360.survey;

import fr.resilience360.survey.Questionnaire.Question;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * The rule of each question type for one value: a whole note 1 to 5, a number within the bounds, a known choice, a
 * list of distinct known choices (as many as {@code max} at most), a text not longer than its type allows.
 */
final class AnswerValues {

    private AnswerValues() {}

    /** The French fault of this value for this question; null when it is acceptable. */
    static String fault(Question q, Object value) {
        return switch (q.type()) {
            case ECHELLE -> isWhole(value) && between(value, 1, 5) ? null : "une note entière de 1 à 5 est attendue";
            case NOMBRE ->
                value instanceof Number && between(value, q.min(), q.max())
                        ? null
                        : "un nombre de " + q.min() + " à " + q.max() + " est attendu";
            case CHOIX_UNIQUE -> value instanceof String s && q.values().contains(s) ? null : unknownChoice(q, value);
            case CHOIX_MULTIPLE, CLASSEMENT -> listFault(q, value);
            case TEXTE_COURT, TEXTE_LONG ->
                value instanceof String s && s.length() <= q.type().maxLength()
                        ? null
                        : "un texte de " + q.type().maxLength() + " caractères au plus est attendu";
        };
    }

    private static String listFault(Question q, Object value) {
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance))
            return "une liste de choix est attendue, par exemple [\""
                    + q.values().get(0) + "\"]";
        for (Object item : list) if (!q.values().contains(item)) return unknownChoice(q, item);
        if (!AnswerCheck.distinct(list)) return "un même choix est donné deux fois";
        if (q.max() != null && list.size() > q.max()) return q.max() + " choix au plus";
        if (q.min() != null && list.size() < q.min()) return q.min() + " choix au moins";
        return null;
    }

    private static String unknownChoice(Question q, Object value) {
        return "choix inconnu « " + value + " » ; choix possibles : " + String.join(", ", q.values());
    }

    private static boolean isWhole(Object value) {
        return value instanceof Number n
                && new BigDecimal(n.toString()).stripTrailingZeros().scale() <= 0;
    }

    private static boolean between(Object value, Integer min, Integer max) {
        double d = ((Number) value).doubleValue();
        return (min == null || d >= min) && (max == null || d <= max);
    }

    static boolean isEmpty(Object value) {
        return value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
    }

    static Object trimmed(Object value) {
        return value instanceof String s ? s.strip() : value;
    }

    /** A whole number as a long (5.0 → 5), so that stored answers compare and count alike. */
    static Object normalised(Object value) {
        if (value instanceof Number n && isWhole(n)) return new BigDecimal(n.toString()).longValueExact();
        return value;
    }

    /** Whether an answer is, or holds, this value (a condition on a multiple choice holds if it was chosen). */
    static boolean contains(Object answer, String value) {
        if (answer instanceof Collection<?> c) return c.contains(value);
        return answer != null && value.equals(answer);
    }
}
