package fr.resilience360.survey;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A questionnaire as written in {@code survey/modeles/*.yaml}, copied into each survey (its snapshot) and served by
 * the API as is. Field names are the French names of the files and of the API.
 *
 * @param modele the template's code, e.g. {@code habitants}
 * @param version the template's version; an answer keeps the version it answered
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Questionnaire(String modele, String version, String titre, String introduction, List<Section> sections) {

    public Questionnaire {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Section(String titre, List<Question> questions) {

        public Section {
            questions = questions == null ? List.of() : List.copyOf(questions);
        }
    }

    /**
     * One question. {@code min}/{@code max} bound a number, or the count of choices of a multiple choice or a
     * ranking; {@code autre} lets a choice question take « autre » with a text; {@code besoin} and {@code alea} link
     * it to a Diag360 need and to a hazard of the impact chains; it is shown only when all its conditions hold.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Question(
            String code,
            QuestionType type,
            String libelle,
            String aide,
            List<Choice> choix,
            boolean autre,
            Integer min,
            Integer max,
            boolean obligatoire,
            String besoin,
            String alea,
            List<Condition> conditions) {

        /** The value of the « autre » choice; its text is answered under {@code code + ".autre"}. */
        public static final String OTHER = "autre";

        public Question {
            choix = choix == null ? List.of() : List.copyOf(choix);
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }

        /** The values a choice question accepts, « autre » included when allowed. */
        List<String> values() {
            List<String> values =
                    new java.util.ArrayList<>(choix.stream().map(Choice::valeur).toList());
            if (autre) values.add(OTHER);
            return values;
        }
    }

    public record Choice(String valeur, String libelle) {}

    /** « Afficher si » : the question {@code question} was answered {@code valeur} (or a list holding it). */
    public record Condition(String question, String valeur) {}

    /** Every question by code, in the questionnaire's order. */
    Map<String, Question> questions() {
        Map<String, Question> questions = new LinkedHashMap<>();
        sections.forEach(s -> s.questions().forEach(q -> questions.put(q.code(), q)));
        return questions;
    }

    Optional<Question> question(String code) {
        return Optional.ofNullable(questions().get(code));
    }
}
