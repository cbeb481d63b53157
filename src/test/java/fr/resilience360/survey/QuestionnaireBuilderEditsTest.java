package fr.resilience360.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.survey.Questionnaire.Question;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

/** The builder's edits of a draft: moves within and across sections, sections, the question form. */
class QuestionnaireBuilderEditsTest {

    record Move(boolean section, int s, int i, boolean up) {}

    @Property
    void anySequenceOfMovesKeepsTheSameQuestionsAndCodes(@ForAll("moves") List<Move> moves) {
        Questionnaire start = SurveyFixtures.template("entreprises");
        Questionnaire q = start;
        for (Move m : moves) {
            int s = m.s() % q.sections().size();
            if (m.section()) q = QuestionnaireEdits.moveSection(q, s, m.up());
            else if (!q.sections().get(s).questions().isEmpty()) {
                int i = m.i() % q.sections().get(s).questions().size();
                q = QuestionnaireEdits.moveQuestion(q, s, i, m.up());
            }
        }
        assertThat(q.questions().values())
                .containsExactlyInAnyOrderElementsOf(start.questions().values());
        assertThat(q.questions()).hasSameSizeAs(start.questions());
        assertThat(q.sections())
                .extracting(Questionnaire.Section::titre)
                .containsExactlyInAnyOrderElementsOf(start.sections().stream()
                        .map(Questionnaire.Section::titre)
                        .toList());
    }

    @Provide
    Arbitrary<List<Move>> moves() {
        return Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 50),
                        Arbitraries.integers().between(0, 50),
                        Arbitraries.of(true, false))
                .as(Move::new)
                .list()
                .ofMaxSize(40);
    }

    @Test
    void movingTheFirstQuestionOfASectionUpPutsItAtTheEndOfThePreviousSection() {
        Questionnaire q = SurveyFixtures.template("habitants");
        Question first = q.sections().get(1).questions().get(0);
        Questionnaire moved = QuestionnaireEdits.moveQuestion(q, 1, 0, true);
        assertThat(moved.sections().get(0).questions()).last().isEqualTo(first);
        assertThat(QuestionnaireEdits.moveQuestion(
                        moved, 0, moved.sections().get(0).questions().size() - 1, false))
                .isEqualTo(q);
    }

    @Test
    void aMoveWithNowhereToGoChangesNothing() {
        Questionnaire q = SurveyFixtures.template("elus");
        assertThat(QuestionnaireEdits.moveQuestion(q, 0, 0, true)).isEqualTo(q);
        int last = q.sections().size() - 1;
        assertThat(QuestionnaireEdits.moveQuestion(
                        q, last, q.sections().get(last).questions().size() - 1, false))
                .isEqualTo(q);
        assertThat(QuestionnaireEdits.moveSection(q, 0, true)).isEqualTo(q);
    }

    @Test
    void sectionsAreAddedRenamedAndDeleted() {
        Questionnaire q = QuestionnaireEdits.addSection(SurveyFixtures.template("elus"), "Nouvelle");
        int added = q.sections().size() - 1;
        assertThat(q.sections().get(added).titre()).isEqualTo("Nouvelle");
        q = QuestionnaireEdits.renameSection(q, added, "Renommée");
        assertThat(q.sections().get(added).titre()).isEqualTo("Renommée");
        assertThat(QuestionnaireEdits.deleteSection(q, added)).isEqualTo(SurveyFixtures.template("elus"));
        Questionnaire finalQ = q;
        assertThatThrownBy(() -> QuestionnaireEdits.deleteQuestion(finalQ, added, 0))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void theQuestionFormReadsEachFieldAndLeavesOutWhatTheTypeDoesNotTake() {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("code", " acces_eau ");
        form.add("type", "choix_unique");
        form.add("libelle", "Avez-vous accès à l'eau ?");
        form.add("choix", "oui | Oui\nTrès souvent\n\n");
        form.add("autre", "on");
        form.add("min", "1");
        form.add("besoin", "bv2");
        form.add("condition", "anciennete=plus_10_ans");
        form.add("condition", "");
        Question q = QuestionForm.read(form);
        assertThat(q.code()).isEqualTo("acces_eau");
        assertThat(q.type()).isEqualTo(QuestionType.CHOIX_UNIQUE);
        assertThat(q.choix())
                .containsExactly(
                        new Questionnaire.Choice("oui", "Oui"),
                        new Questionnaire.Choice("tres_souvent", "Très souvent"));
        assertThat(q.autre()).isTrue();
        assertThat(q.min()).as("pas de bornes pour un choix unique").isNull();
        assertThat(q.besoin()).isEqualTo("bv2");
        assertThat(q.alea()).isNull();
        assertThat(q.conditions()).containsExactly(new Questionnaire.Condition("anciennete", "plus_10_ans"));

        form.set("type", "texte_court");
        assertThat(QuestionForm.read(form).choix()).isEmpty();
        assertThat(QuestionForm.read(form).autre()).isFalse();
    }

    @Test
    void aQuestionWrittenToTheFormReadsBackTheSame() {
        for (Question q : SurveyFixtures.template("habitants").questions().values()) {
            QuestionForm.Values v = QuestionForm.Values.of(q);
            var form = new LinkedMultiValueMap<String, String>();
            form.add("code", v.code());
            form.add("type", v.type());
            form.add("libelle", v.libelle());
            form.add("aide", v.aide());
            form.add("choix", v.choix());
            if (v.autre()) form.add("autre", "on");
            if (v.obligatoire()) form.add("obligatoire", "on");
            if (v.min() != null) form.add("min", v.min().toString());
            if (v.max() != null) form.add("max", v.max().toString());
            form.add("besoin", v.besoin());
            form.add("alea", v.alea());
            v.conditions().forEach(c -> form.add("condition", c.question() + "=" + c.valeur()));
            assertThat(QuestionForm.read(form)).as(q.code()).isEqualTo(q);
        }
    }
}
