package fr.resilience360.action.boussole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.action.BoussoleLever;
import fr.resilience360.shared.InvalidFieldsException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An assessment is checked whole, every bad field named in French, before anything is written. */
class AssessmentInputTest {

    static Map<String, String> every(String answer) {
        Map<String, String> answers = new HashMap<>();
        for (BoussoleLever lever : BoussoleLever.values()) answers.put(lever.code(), answer);
        return answers;
    }

    static Map<String, String> fields(AssessmentInput input) {
        try {
            input.draft();
        } catch (InvalidFieldsException e) {
            return e.fields();
        }
        throw new AssertionError("accepté : " + input);
    }

    @Test
    void aCompleteAssessmentGivesItsSubjectAndItsEighteenAnswersWithTheirComments() {
        Map<String, String> answers = every("pleinement");
        answers.put("p3-l2", "en-partie");
        AssessmentInput.Draft draft = new AssessmentInput(
                        "  Plan vélo  ",
                        "politique",
                        " ",
                        answers,
                        Map.of("p3-l2", " Seulement en ville. ", "p1-l1", ""))
                .draft();
        assertThat(draft.subject()).isEqualTo(new Assessment.Subject("Plan vélo", SubjectKind.POLITIQUE, null));
        assertThat(draft.grid().value(BoussoleLever.P3_L2)).isEqualTo(LeverAnswer.EN_PARTIE);
        assertThat(draft.grid().comment(BoussoleLever.P3_L2)).contains("Seulement en ville.");
        assertThat(draft.grid().comment(BoussoleLever.P1_L1)).isEmpty();
        assertThat(draft.grid().value(BoussoleLever.P6_L3)).isEqualTo(LeverAnswer.PLEINEMENT);
    }

    @Test
    void namesTheLeverCodeOfAMissingOrUnknownAnswerAndEveryOtherBadField() {
        Map<String, String> answers = every("ne-traite-pas");
        answers.remove("p3-l2");
        answers.put("p5-l1", "beaucoup");
        answers.put("p7-l1", "pleinement");
        Map<String, String> fields = fields(
                new AssessmentInput("", "programme", "x".repeat(4001), answers, Map.of("p1-l1", "y".repeat(2001))));
        assertThat(fields)
                .containsOnlyKeys("titre", "nature", "description", "p7-l1", "p3-l2", "p5-l1", "commentaire-p1-l1");
        assertThat(fields.get("p3-l2"))
                .isEqualTo("Levier 3.2 : choisissez « ne traite pas », « en partie » ou « pleinement ».");
        assertThat(fields.get("nature")).contains("projet, politique, action du plan ou autre");
    }

    @Test
    void theGridAloneNeedsNoSubject() {
        assertThat(new AssessmentInput(null, null, null, every("en-partie"), null).grid())
                .isEqualTo(Grid.all(LeverAnswer.EN_PARTIE));
        assertThatThrownBy(() -> new AssessmentInput(null, null, null, Map.of(), null).grid())
                .isInstanceOfSatisfying(
                        InvalidFieldsException.class,
                        e -> assertThat(e.fields()).hasSize(18).containsKey("p6-l3"));
    }
}
