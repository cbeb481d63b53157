package fr.resilience360.survey;

import fr.resilience360.survey.Questionnaire.Question;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A stored answer read back to its respondent: each answered question's wording and the answer in words. */
final class OwnAnswer {

    private OwnAnswer() {}

    record Line(String question, String answer) {}

    static List<Line> lines(Questionnaire questionnaire, Map<String, Object> answers) {
        List<Line> lines = new ArrayList<>();
        for (Question q : questionnaire.questions().values()) {
            Object value = answers.get(q.code());
            if (value == null) continue;
            String text = value instanceof Collection<?> c
                    ? String.join(", ", c.stream().map(v -> label(q, v)).toList())
                    : label(q, value);
            Object other = answers.get(q.code() + AnswerCheck.OTHER_SUFFIX);
            lines.add(new Line(q.libelle(), other == null ? text : text + " (" + other + ")"));
        }
        return lines;
    }

    private static String label(Question q, Object value) {
        if (Question.OTHER.equals(value) && q.autre()) return "Autre";
        return q.choix().stream()
                .filter(c -> c.valeur().equals(String.valueOf(value)))
                .map(Questionnaire.Choice::libelle)
                .findFirst()
                .orElse(String.valueOf(value));
    }
}
