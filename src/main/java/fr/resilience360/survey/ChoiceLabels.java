package fr.resilience360.survey;

import fr.resilience360.survey.Questionnaire.Choice;
import fr.resilience360.survey.Questionnaire.Question;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The values a closed question takes, in the questionnaire's order, with the labels shown to people. */
final class ChoiceLabels {

    private ChoiceLabels() {}

    /** Whether two of these can be crossed: a scale, a single or a multiple choice. */
    static boolean closed(Question q) {
        return switch (q.type()) {
            case ECHELLE, CHOIX_UNIQUE, CHOIX_MULTIPLE -> true;
            default -> false;
        };
    }

    /** Value → label: 1 to 5 for a scale, the choices (and « Autre ») for a choice or a ranking. */
    static Map<String, String> of(Question q) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (q.type() == QuestionType.ECHELLE) {
            for (int note = 1; note <= 5; note++) labels.put(Integer.toString(note), Integer.toString(note));
            return labels;
        }
        for (Choice c : q.choix()) labels.put(c.valeur(), c.libelle());
        if (q.autre()) labels.put(Question.OTHER, "Autre");
        return labels;
    }

    /** The values of one answer, as text: one for a scale or a single choice, each option of a list. */
    static List<String> values(Object answer) {
        if (answer == null) return List.of();
        if (answer instanceof List<?> list)
            return list.stream().map(AnswerFilter::text).toList();
        return List.of(AnswerFilter.text(answer));
    }
}
