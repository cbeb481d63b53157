package fr.resilience360.survey;

import fr.resilience360.shared.InvalidFieldsException;
import fr.resilience360.survey.Questionnaire.Condition;
import fr.resilience360.survey.Questionnaire.Question;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an answer document against its questionnaire and lists every bad field with a French message: unknown code,
 * value of the wrong kind or out of bounds, unknown choice, missing required answer, and an answer to a question whose
 * conditions do not hold (refused rather than dropped, so that nothing a respondent sent is silently lost). Empty
 * values ({@code null}, {@code ""}, {@code []}) count as no answer. The « autre » text of a choice question is
 * answered under {@code code.autre}. Plain Java.
 */
final class AnswerCheck {

    static final String OTHER_SUFFIX = "." + Question.OTHER;

    private AnswerCheck() {}

    /** The answers, in the questionnaire's order and trimmed, or an {@link InvalidFieldsException} listing each fault. */
    static Map<String, Object> check(Questionnaire questionnaire, Map<String, Object> sent) {
        Map<String, Question> questions = questionnaire.questions();
        Map<String, Object> answers = new LinkedHashMap<>();
        sent.forEach((code, value) -> {
            if (!AnswerValues.isEmpty(value)) answers.put(code, AnswerValues.trimmed(value));
        });
        Map<String, String> errors = new LinkedHashMap<>();
        for (String code : answers.keySet())
            if (!questions.containsKey(code) && !isOtherText(code, questions)) errors.put(code, "question inconnue");
        Map<String, Object> kept = new LinkedHashMap<>();
        for (Question q : questions.values()) {
            Object value = answers.get(q.code());
            Object other = answers.get(q.code() + OTHER_SUFFIX);
            String fault = fault(q, value, other, answers);
            if (fault != null) errors.put(value == null && other != null ? q.code() + OTHER_SUFFIX : q.code(), fault);
            if (fault != null) continue;
            if (value != null) kept.put(q.code(), AnswerValues.normalised(value));
            if (other != null) kept.put(q.code() + OTHER_SUFFIX, other);
        }
        if (!errors.isEmpty())
            throw new InvalidFieldsException(
                    errors.size() == 1 ? "Une réponse est invalide." : errors.size() + " réponses sont invalides.",
                    errors);
        return kept;
    }

    private static String fault(Question q, Object value, Object other, Map<String, Object> answers) {
        boolean shown = q.conditions().stream().allMatch(c -> holds(c, answers));
        if (!shown && (value != null || other != null)) return "question non posée : " + conditionText(q);
        if (!shown) return null;
        if (value == null) return other != null ? "texte « autre » sans le choix « autre »" : required(q);
        String fault = AnswerValues.fault(q, value);
        if (fault != null) return fault;
        if (other != null && !AnswerValues.contains(value, Question.OTHER))
            return "texte « autre » sans le choix « autre »";
        if (other != null && !(other instanceof String text && text.length() <= 200))
            return "le texte « autre » doit être un texte de 200 caractères au plus";
        return null;
    }

    private static String required(Question q) {
        return q.obligatoire() ? "réponse obligatoire" : null;
    }

    static boolean holds(Condition c, Map<String, Object> answers) {
        return AnswerValues.contains(answers.get(c.question()), c.valeur());
    }

    private static String conditionText(Question q) {
        List<String> parts = q.conditions().stream()
                .map(c -> "« " + c.question() + " » vaut « " + c.valeur() + " »")
                .toList();
        return "elle n'est posée que si " + String.join(" et ", parts);
    }

    private static boolean isOtherText(String code, Map<String, Question> questions) {
        if (!code.endsWith(OTHER_SUFFIX)) return false;
        Question q = questions.get(code.substring(0, code.length() - OTHER_SUFFIX.length()));
        return q != null && q.autre();
    }

    static boolean distinct(Collection<?> values) {
        return new HashSet<>(values).size() == values.size();
    }
}
