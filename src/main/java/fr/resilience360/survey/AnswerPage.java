package fr.resilience360.survey;

import fr.resilience360.survey.Questionnaire.Condition;
import fr.resilience360.survey.Questionnaire.Question;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the answering page says beside the questions: each question's error, and when a conditional one is asked. */
final class AnswerPage {

    private AnswerPage() {}

    /** The check's errors by question code (an error on {@code code.autre} is the question's, and says so). */
    static Map<String, String> errorsByQuestion(Map<String, String> errors) {
        Map<String, String> byQuestion = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            boolean other = field.endsWith(AnswerCheck.OTHER_SUFFIX);
            String code = other ? field.substring(0, field.length() - AnswerCheck.OTHER_SUFFIX.length()) : field;
            byQuestion.putIfAbsent(code, message);
        });
        return byQuestion;
    }

    /** For each conditional question, in French: « À remplir seulement si vous avez répondu « Oui » à … ». */
    static Map<String, String> conditionTexts(Questionnaire questionnaire) {
        Map<String, Question> questions = questionnaire.questions();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Question q : questions.values()) {
            if (q.conditions().isEmpty()) continue;
            List<String> parts =
                    q.conditions().stream().map(c -> part(questions, c)).toList();
            texts.put(q.code(), "À remplir seulement si vous avez répondu " + String.join(" et ", parts) + ".");
        }
        return texts;
    }

    private static String part(Map<String, Question> questions, Condition c) {
        Question asked = questions.get(c.question());
        String choice = asked.choix().stream()
                .filter(ch -> ch.valeur().equals(c.valeur()))
                .map(Questionnaire.Choice::libelle)
                .findFirst()
                .orElse(c.valeur());
        return "« " + choice + " » à la question « " + asked.libelle() + " »";
    }

    /** The data attribute the page's script reads to show or hide each conditional question: {@code q=v;q2=v2}. */
    static Map<String, String> conditionData(Questionnaire questionnaire) {
        Map<String, String> data = new LinkedHashMap<>();
        for (Question q : questionnaire.questions().values())
            if (!q.conditions().isEmpty())
                data.put(
                        q.code(),
                        String.join(
                                ";",
                                q.conditions().stream()
                                        .map(c -> c.question() + "=" + c.valeur())
                                        .toList()));
        return data;
    }
}
