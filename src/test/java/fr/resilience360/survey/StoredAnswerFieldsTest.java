package fr.resilience360.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 11, item 2: an answer being edited comes back into the answering form as it was sent. */
class StoredAnswerFieldsTest {

    private final Questionnaire habitants = SurveyFixtures.template("habitants");

    @Test
    void givesEachKindOfAnswerTheFieldsOfTheAnsweringForm() {
        Map<String, List<String>> fields = StoredAnswerFields.of(habitants, stored());

        assertThat(fields)
                .containsEntry("besoin_eau", List.of("4"))
                .containsEntry("anciennete", List.of("plus_10_ans"))
                .containsEntry("personnes_foyer", List.of("3"))
                .containsEntry("besoins_fragiles.rang.bi2", List.of("1"))
                .containsEntry("besoins_fragiles.rang.bv1", List.of("2"))
                .containsEntry("preparation_foyer", List.of("reserve_eau", "autre"))
                .containsEntry("preparation_foyer.autre", List.of("Un poêle à bois"))
                .containsEntry("evenement_vecu", List.of("oui"))
                .containsEntry("evenement_recit", List.of("La tempête de 2023"))
                .doesNotContainKey("idee_projet");
    }

    @Test
    void theFormReadsTheseFieldsBackIntoTheSameAnswers() {
        Map<String, Object> stored = SurveyJson.answers(SurveyJson.write(stored()));

        Map<String, Object> read = AnswerForm.answers(habitants, StoredAnswerFields.of(habitants, stored));

        assertThat(SurveyJson.answers(SurveyJson.write(AnswerCheck.check(habitants, read))))
                .isEqualTo(stored);
    }

    /** A complete answer as stored: every scale, a ranking, a multiple choice with « autre », a conditional text. */
    private Map<String, Object> stored() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("anciennete", "plus_10_ans");
        answers.put("personnes_foyer", 3);
        habitants.questions().values().stream()
                .filter(q -> q.type() == QuestionType.ECHELLE)
                .forEach(q -> answers.put(q.code(), 4));
        answers.put("besoins_fragiles", List.of("bi2", "bv1"));
        answers.put("evenement_vecu", "oui");
        answers.put("evenement_recit", "La tempête de 2023");
        answers.put("preparation_foyer", List.of("reserve_eau", "autre"));
        answers.put("preparation_foyer.autre", "Un poêle à bois");
        return AnswerCheck.check(habitants, answers);
    }
}
