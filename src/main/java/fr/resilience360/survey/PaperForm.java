package fr.resilience360.survey;

import fr.resilience360.survey.Questionnaire.Question;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the printed form and the entry screen say beside each question: its number (the same on paper and on screen,
 * so that a volunteer follows the sheet) and how to answer on paper. Plain Java.
 */
final class PaperForm {

    private PaperForm() {}

    /** Each question's number, 1 to n, in the questionnaire's order. */
    static Map<String, Integer> numbers(Questionnaire questionnaire) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        questionnaire.questions().keySet().forEach(code -> numbers.put(code, numbers.size() + 1));
        return numbers;
    }

    /** For each question, how to answer it with a pen. */
    static Map<String, String> instructions(Questionnaire questionnaire) {
        Map<String, String> texts = new LinkedHashMap<>();
        questionnaire.questions().values().forEach(q -> texts.put(q.code(), instruction(q)));
        return texts;
    }

    /** For each conditional question, on paper: « À remplir seulement si vous avez répondu « Oui » à la question 14. » */
    static Map<String, String> conditions(Questionnaire questionnaire) {
        Map<String, Question> questions = questionnaire.questions();
        Map<String, Integer> numbers = numbers(questionnaire);
        Map<String, String> texts = new LinkedHashMap<>();
        for (Question q : questions.values()) {
            if (q.conditions().isEmpty()) continue;
            List<String> parts = q.conditions().stream()
                    .map(c -> "« " + choiceLabel(questions.get(c.question()), c.valeur()) + " » à la question "
                            + numbers.get(c.question()))
                    .toList();
            texts.put(q.code(), "À remplir seulement si vous avez répondu " + String.join(" et ", parts) + ".");
        }
        return texts;
    }

    private static String choiceLabel(Question q, String value) {
        return q.choix().stream()
                .filter(c -> c.valeur().equals(value))
                .map(Questionnaire.Choice::libelle)
                .findFirst()
                .orElse(value);
    }

    static String instruction(Question q) {
        return switch (q.type()) {
            case ECHELLE -> "Cochez une case, de 1 à 5.";
            case CHOIX_UNIQUE -> "Cochez une seule case.";
            case CHOIX_MULTIPLE ->
                "Cochez autant de cases que vous voulez" + (q.max() == null ? "." : " (" + q.max() + " au plus).");
            case CLASSEMENT ->
                "Écrivez un rang dans la case des choix que vous classez : 1 pour le plus important"
                        + (q.max() == null ? "." : ", jusqu'à " + q.max() + ".");
            case NOMBRE -> "Écrivez un nombre dans la case.";
            case TEXTE_COURT -> "Quelques mots.";
            case TEXTE_LONG -> "Écrivez librement.";
        };
    }
}
