package fr.resilience360.survey;

import fr.resilience360.survey.Questionnaire.Question;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored answer document turned back into the answering form's fields (the inverse of {@link AnswerForm}), so that
 * a respondent who may edit their answer finds the form filled as they sent it: one value for a scale, a number, a
 * single choice or a text, one per ticked box, {@code code.autre} for the « autre » text, and
 * {@code code.rang.VALEUR} = its rank for each ranked choice. Plain Java.
 */
final class StoredAnswerFields {

    private StoredAnswerFields() {}

    static Map<String, List<String>> of(Questionnaire questionnaire, Map<String, Object> answers) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Question q : questionnaire.questions().values()) {
            Object value = answers.get(q.code());
            if (value instanceof Collection<?> values && q.type() == QuestionType.CLASSEMENT) {
                int rank = 1;
                for (Object choice : values)
                    fields.put(q.code() + AnswerForm.RANK + choice, List.of(String.valueOf(rank++)));
            } else if (value instanceof Collection<?> values)
                fields.put(
                        q.code(), values.stream().map(StoredAnswerFields::text).toList());
            else if (value != null) fields.put(q.code(), List.of(text(value)));
            Object other = answers.get(q.code() + AnswerCheck.OTHER_SUFFIX);
            if (other != null) fields.put(q.code() + AnswerCheck.OTHER_SUFFIX, List.of(text(other)));
        }
        return fields;
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal d) return d.stripTrailingZeros().toPlainString();
        if (value instanceof Double || value instanceof Float)
            return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
        return String.valueOf(value);
    }
}
