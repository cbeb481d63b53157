package fr.resilience360.survey;

import fr.resilience360.survey.Questionnaire.Question;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answering page's form, read into an answer document for {@link AnswerCheck}. Fields are named after the
 * question codes: one value for a scale, a number, a single choice or a text; one value per ticked box for a multiple
 * choice; {@code code.autre} for the « autre » text; {@code code.rang.VALEUR} for the rank a person gives each choice
 * of a ranking (so that ranking needs no drag-and-drop). The page shows every question; the answers to a question
 * whose « afficher si » conditions do not hold are dropped here, the server deciding, not the page's script. A number
 * that does not read as one is kept as text, so that the check names it. Plain Java.
 */
final class AnswerForm {

    static final String RANK = ".rang.";

    private AnswerForm() {}

    /** The form's answer fields only (what a draft keeps), by name, empty values removed. */
    static Map<String, List<String>> fields(Questionnaire questionnaire, Map<String, List<String>> params) {
        Map<String, Question> questions = questionnaire.questions();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            String code = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            List<String> kept = values == null
                    ? List.of()
                    : values.stream()
                            .filter(v -> v != null && !v.isBlank())
                            .map(v -> v.length() > 5000 ? v.substring(0, 5000) : v)
                            .toList();
            if (questions.containsKey(code) && !kept.isEmpty()) fields.put(name, kept);
        });
        return fields;
    }

    /** The answer document of these form fields: typed values, rankings ordered, unshown questions dropped. */
    static Map<String, Object> answers(Questionnaire questionnaire, Map<String, List<String>> fields) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question q : questionnaire.questions().values()) {
            Object value = value(q, fields);
            if (value != null) answers.put(q.code(), value);
            String other = first(fields, q.code() + AnswerCheck.OTHER_SUFFIX);
            if (q.autre() && other != null) answers.put(q.code() + AnswerCheck.OTHER_SUFFIX, other);
            if (!q.conditions().stream().allMatch(c -> AnswerCheck.holds(c, answers))) {
                answers.remove(q.code());
                answers.remove(q.code() + AnswerCheck.OTHER_SUFFIX);
            }
        }
        return answers;
    }

    private static Object value(Question q, Map<String, List<String>> fields) {
        String one = first(fields, q.code());
        return switch (q.type()) {
            case ECHELLE, NOMBRE -> one == null ? null : number(one);
            case CHOIX_MULTIPLE -> fields.getOrDefault(q.code(), List.of());
            case CLASSEMENT -> ranking(q, fields);
            default -> one;
        };
    }

    private static Object number(String text) {
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** The ranked choices, by the rank given to each (ties keep the questionnaire's order); unranked ones left out. */
    private static List<String> ranking(Question q, Map<String, List<String>> fields) {
        record Ranked(String value, int rank) {}
        List<Ranked> ranked = new ArrayList<>();
        for (String value : q.values()) {
            String rank = first(fields, q.code() + RANK + value);
            if (rank != null && rank.strip().matches("\\d{1,2}"))
                ranked.add(new Ranked(value, Integer.parseInt(rank.strip())));
        }
        ranked.sort(Comparator.comparingInt(Ranked::rank));
        return ranked.stream().map(Ranked::value).toList();
    }

    private static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The form's values as the page reads them back, after an error or from a draft. */
    record Values(Map<String, List<String>> fields) {

        static Values empty() {
            return new Values(Map.of());
        }

        public String first(String name) {
            return AnswerForm.first(fields, name);
        }

        public boolean has(String name, String value) {
            return fields.getOrDefault(name, List.of()).contains(value);
        }

        public boolean rankIs(String code, String value, int rank) {
            return has(code + RANK + value, String.valueOf(rank));
        }
    }
}
