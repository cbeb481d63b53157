package fr.resilience360.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.resilience360.shared.InvalidFieldsException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerCheckTest {

    private static final Questionnaire HABITANTS = SurveyFixtures.template("habitants");
    private static final Questionnaire ENTREPRISES = SurveyFixtures.template("entreprises");

    /** The eleven required scale answers of the inhabitants' template, all at 3. */
    static Map<String, Object> requiredAnswers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        HABITANTS.questions().values().stream()
                .filter(Questionnaire.Question::obligatoire)
                .forEach(q -> answers.put(q.code(), 3));
        return answers;
    }

    @Test
    void keepsAValidDocumentInTheQuestionnairesOrderWithWholeNumbersNormalised() {
        Map<String, Object> sent = new LinkedHashMap<>(Map.of(
                "idee_projet",
                "  Un jardin partagé  ",
                "preparation_foyer",
                List.of("reserve_eau", "autre"),
                "preparation_foyer.autre",
                "Un poêle à bois",
                "personnes_foyer",
                4.0,
                "besoins_fragiles",
                List.of("bi2", "bv4")));
        sent.putAll(requiredAnswers());

        Map<String, Object> kept = AnswerCheck.check(HABITANTS, sent);

        assertThat(kept).containsEntry("idee_projet", "Un jardin partagé").containsEntry("personnes_foyer", 4L);
        assertThat(kept.keySet()).startsWith("personnes_foyer", "besoin_eau");
        assertThat(kept).containsEntry("preparation_foyer.autre", "Un poêle à bois");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            besoin_eau        | 6               | une note entière de 1 à 5 est attendue
            besoin_eau        | 2.5             | une note entière de 1 à 5 est attendue
            besoin_eau        | "3"             | une note entière de 1 à 5 est attendue
            besoin_eau        | 1e30            | une note entière de 1 à 5 est attendue
            idee_projet       | 12              | un texte de 200 caractères au plus est attendu
            personnes_foyer   | 0               | un nombre de 1 à 20 est attendu
            anciennete        | "toujours"      | choix inconnu « toujours » ; choix possibles : moins_2_ans, de_2_a_10_ans, plus_10_ans
            besoins_fragiles  | ["bv1","bv1"]   | un même choix est donné deux fois
            besoins_fragiles  | ["bv1","bv2","bv3","bv4"] | 3 choix au plus
            besoins_fragiles  | "bv1"           | une liste de choix est attendue, par exemple ["bv1"]
            question_inconnue | 1               | question inconnue
            evenement_recit   | "Une tempête"   | question non posée : elle n'est posée que si « evenement_vecu » vaut « oui »
            """)
    void namesEachBadFieldWithAFrenchMessage(String code, String json, String message) {
        Map<String, Object> sent = requiredAnswers();
        sent.put(code, SurveyJson.answers("{\"v\":" + json + "}").get("v"));

        InvalidFieldsException e =
                catchThrowableOfType(InvalidFieldsException.class, () -> AnswerCheck.check(HABITANTS, sent));

        assertThat(e.fields()).containsExactly(Map.entry(code, message));
    }

    @Test
    void listsEveryFaultAtOnceIncludingMissingRequiredAnswers() {
        Map<String, Object> sent = Map.of("besoin_eau", 9, "anciennete", "");

        InvalidFieldsException e =
                catchThrowableOfType(InvalidFieldsException.class, () -> AnswerCheck.check(HABITANTS, sent));

        assertThat(e.fields()).hasSize(11).containsEntry("besoin_alimentation", "réponse obligatoire");
        assertThat(e.fields().keySet()).first().isEqualTo("besoin_eau");
        assertThat(e).hasMessage("11 réponses sont invalides.");
    }

    @Test
    void anAnswerUnderAMetConditionIsKeptAndAnOtherTextNeedsTheOtherChoice() {
        Map<String, Object> sent = new LinkedHashMap<>(Map.of(
                "secteur", "commerce",
                "secteur.autre", "Librairie",
                "effectif", 3,
                "plan_continuite", "non",
                "dommages_subis", "oui",
                "jours_arret", 12));

        InvalidFieldsException e =
                catchThrowableOfType(InvalidFieldsException.class, () -> AnswerCheck.check(ENTREPRISES, sent));
        assertThat(e.fields()).containsExactly(Map.entry("secteur", "texte « autre » sans le choix « autre »"));

        sent.put("secteur", "autre");
        assertThat(AnswerCheck.check(ENTREPRISES, sent)).containsEntry("jours_arret", 12L);
    }
}
