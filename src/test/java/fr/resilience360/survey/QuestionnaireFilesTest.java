package fr.resilience360.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.survey.Questionnaire.Choice;
import fr.resilience360.survey.Questionnaire.Condition;
import fr.resilience360.survey.Questionnaire.Question;
import fr.resilience360.survey.Questionnaire.Section;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionnaireFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"habitants", "elus", "entreprises"})
    void everyShippedTemplateLoadsWithItsOwnCode(String code) {
        Questionnaire q = SurveyFixtures.template(code);

        assertThat(q.modele()).isEqualTo(code);
        assertThat(q.version()).isEqualTo("1");
        assertThat(q.questions()).isNotEmpty();
    }

    @Test
    void theInhabitantsTemplateAsksAboutEachOfTheElevenNeedsAndSomeHazards() {
        Questionnaire q = SurveyFixtures.template("habitants");

        assertThat(q.questions().values().stream().map(Question::besoin).filter(b -> b != null))
                .containsExactlyInAnyOrderElementsOf(SurveyFixtures.NEEDS);
        assertThat(q.questions().values().stream().map(Question::alea).filter(a -> a != null))
                .contains("canicule", "inondation", "pandemie");
    }

    @Test
    void everyQuestionTypeIsUsedByTheTemplates() {
        Set<QuestionType> used = new java.util.HashSet<>();
        for (String code : SurveyTemplates.CODES)
            SurveyFixtures.template(code).questions().values().forEach(q -> used.add(q.type()));

        assertThat(used).containsExactlyInAnyOrder(QuestionType.values());
    }

    @Test
    void refusesADuplicateCodeNamingTheTemplateAndTheQuestion() {
        Questionnaire q = questionnaire(scale("confiance"), scale("confiance"));

        assertThatThrownBy(() -> validate(q))
                .hasMessage("Modèle d'enquête « essai », question « confiance » : code en double");
    }

    @Test
    void refusesAnUnknownNeedOrHazard() {
        Question needless = new Question(
                "q", QuestionType.ECHELLE, "Libellé", null, null, false, null, null, false, "bx9", null, null);
        Question hazardless = new Question(
                "q", QuestionType.ECHELLE, "Libellé", null, null, false, null, null, false, null, "meteorite", null);

        assertThatThrownBy(() -> validate(questionnaire(needless))).hasMessageContaining("besoin inconnu « bx9 »");
        assertThatThrownBy(() -> validate(questionnaire(hazardless)))
                .hasMessageContaining("aléa inconnu « meteorite »");
    }

    @Test
    void refusesAConditionOnALaterQuestionOrOnAValueItDoesNotOffer() {
        Question later = conditional("detail", new Condition("reponse", "oui"));
        Question badValue = conditional("detail", new Condition("reponse", "peut_etre"));

        assertThatThrownBy(() -> validate(questionnaire(later, yesNo("reponse"))))
                .hasMessageContaining(
                        "question « detail » : condition sur « reponse », qui n'est pas une question" + " précédente");
        assertThatThrownBy(() -> validate(questionnaire(yesNo("reponse"), badValue)))
                .hasMessageContaining("ne propose pas : peut_etre");
    }

    @Test
    void refusesANumberWithoutBoundsAndAChoiceWithOneOption() {
        Question unbounded = new Question(
                "n", QuestionType.NOMBRE, "Combien ?", null, null, false, 5, null, false, null, null, null);
        Question single = new Question(
                "c",
                QuestionType.CHOIX_UNIQUE,
                "Lequel ?",
                null,
                List.of(new Choice("a", "A")),
                false,
                null,
                null,
                false,
                null,
                null,
                null);

        assertThatThrownBy(() -> validate(questionnaire(unbounded))).hasMessageContaining("borne min et une borne max");
        assertThatThrownBy(() -> validate(questionnaire(single))).hasMessageContaining("deux choix au moins");
    }

    private static Questionnaire validate(Questionnaire q) {
        return QuestionnaireFiles.validate(q, "essai.yaml", SurveyFixtures.NEEDS, Set.of("canicule"));
    }

    static Questionnaire questionnaire(Question... questions) {
        return new Questionnaire("essai", "1", "Essai", null, List.of(new Section("Section", List.of(questions))));
    }

    static Question scale(String code) {
        return new Question(
                code, QuestionType.ECHELLE, "Libellé", null, null, false, null, null, false, null, null, null);
    }

    static Question yesNo(String code) {
        return new Question(
                code,
                QuestionType.CHOIX_UNIQUE,
                "Oui ou non ?",
                null,
                List.of(new Choice("oui", "Oui"), new Choice("non", "Non")),
                false,
                null,
                null,
                false,
                null,
                null,
                null);
    }

    static Question conditional(String code, Condition condition) {
        return new Question(
                code,
                QuestionType.TEXTE_LONG,
                "Précisez",
                null,
                null,
                false,
                null,
                null,
                false,
                null,
                null,
                List.of(condition));
    }
}
