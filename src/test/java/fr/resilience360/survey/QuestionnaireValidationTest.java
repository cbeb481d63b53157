package fr.resilience360.survey;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.survey.Questionnaire.Choice;
import fr.resilience360.survey.Questionnaire.Condition;
import fr.resilience360.survey.Questionnaire.Question;
import fr.resilience360.survey.Questionnaire.Section;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of a questionnaire as the builder and the API state them: each broken rule gives one French sentence
 * naming the question (its number and code) or the section, and the field; every problem is listed at once.
 */
class QuestionnaireValidationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            code mal formé            | Question 3 (« Besoin eau »), champ « code » : code mal formé
            code en double            | Question 3 (« reponse »), champ « code » : code en double
            type manquant             | Question 3 (« besoin_eau »), champ « type » : type manquant
            libellé manquant          | Question 3 (« besoin_eau »), champ « libellé » : libellé manquant
            besoin inconnu            | Question 3 (« besoin_eau »), champ « besoin » : besoin inconnu « bx9 »
            aléa inconnu              | Question 3 (« besoin_eau »), champ « aléa » : aléa inconnu « meteorite »
            un seul choix             | Question 3 (« besoin_eau »), champ « choix » : deux choix au moins
            valeur de choix           | Question 3 (« besoin_eau »), champ « choix » : valeur de choix mal formée
            choix autre               | Question 3 (« besoin_eau »), champ « choix » : « autre » s'obtient par « autre: true »
            choix en double           | Question 3 (« besoin_eau »), champ « choix » : choix « a » en double
            choix sans libellé        | Question 3 (« besoin_eau »), champ « choix » : choix « a » sans libellé
            choix sur un texte        | Question 3 (« besoin_eau »), champ « choix » : une question de type TEXTE_COURT n'a pas de choix
            autre sur un classement   | Question 3 (« besoin_eau »), champ « choix « autre » » : « autre » n'est permis que pour un choix unique ou multiple
            bornes sur une échelle    | Question 3 (« besoin_eau »), champ « bornes » : bornes min/max non permises pour ce type
            nombre sans bornes        | Question 3 (« besoin_eau »), champ « bornes » : un nombre a une borne min et une borne max
            bornes croisées           | Question 3 (« besoin_eau »), champ « bornes » : min supérieur à max
            max hors des choix        | Question 3 (« besoin_eau »), champ « bornes » : max hors du nombre de choix
            condition en avant        | Question 3 (« besoin_eau »), champ « afficher si » : condition sur « plus_tard », qui n'est pas une question précédente
            condition sur un texte    | Question 3 (« besoin_eau »), champ « afficher si » : une condition porte sur une question à choix
            condition valeur absente  | Question 3 (« besoin_eau »), champ « afficher si » : condition sur une valeur que « reponse » ne propose pas : peut_etre
            section sans titre        | Section 2, champ « titre » : section sans titre
            section vide              | Section 3 (« Vide »), champ « questions » : aucune question
            titre manquant            | Questionnaire, champ « titre » : version ou titre manquant
            """)
    void eachRuleGivesOneSentenceNamingTheQuestionAndTheField(String rule, String sentence) {
        Questionnaire broken = broken(rule);
        List<QuestionnaireRules.Problem> problems = check(broken);
        assertThat(problems).extracting(p -> p.sentence(broken)).containsExactly(sentence);
    }

    @Test
    void aValidQuestionnaireHasNoProblemAndTheShippedTemplatesAreValid() {
        assertThat(check(valid(scale("besoin_eau")))).isEmpty();
        for (String code : SurveyTemplates.CODES)
            assertThat(QuestionnaireRules.check(
                            SurveyFixtures.template(code), SurveyFixtures.NEEDS, SurveyFixtures.hazards()))
                    .isEmpty();
    }

    @Test
    void everyProblemIsListedAtOnceWithTheAnchorOfWhereItIs() {
        Question noLabel =
                new Question("a", QuestionType.ECHELLE, null, null, null, false, null, null, false, null, null, null);
        Question unbounded = new Question(
                "b", QuestionType.NOMBRE, "Combien ?", null, null, false, null, null, false, null, null, null);
        List<QuestionnaireRules.Problem> problems = check(valid(noLabel, unbounded));
        assertThat(problems)
                .extracting(QuestionnaireRules.Problem::anchor)
                .containsExactly("question-1-0", "question-1-1");
    }

    @Test
    void aTemplateFileStillStopsAtItsFirstProblemNamingTheTemplate() {
        Questionnaire q = valid(scale("besoin_eau"), scale("besoin_eau"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> QuestionnaireFiles.validate(q, "essai.yaml", SurveyFixtures.NEEDS, Set.of("canicule")))
                .hasMessage("Modèle d'enquête « perso_1 », question « besoin_eau » : code en double");
    }

    private static List<QuestionnaireRules.Problem> check(Questionnaire q) {
        return QuestionnaireRules.check(q, SurveyFixtures.NEEDS, Set.of("canicule"));
    }

    /** A valid questionnaire whose third question (« besoin_eau ») breaks this rule. */
    private static Questionnaire broken(String rule) {
        Question ok = scale("besoin_eau");
        List<Choice> two = List.of(new Choice("a", "A"), new Choice("b", "B"));
        return switch (rule) {
            case "code mal formé" -> valid(with(ok, "Besoin eau", QuestionType.ECHELLE, null, false, null, null));
            case "code en double" -> valid(with(ok, "reponse", QuestionType.ECHELLE, null, false, null, null));
            case "type manquant" -> valid(with(ok, "besoin_eau", null, null, false, null, null));
            case "libellé manquant" ->
                valid(new Question(
                        "besoin_eau",
                        QuestionType.ECHELLE,
                        " ",
                        null,
                        null,
                        false,
                        null,
                        null,
                        false,
                        null,
                        null,
                        null));
            case "besoin inconnu" ->
                valid(new Question(
                        "besoin_eau",
                        QuestionType.ECHELLE,
                        "L",
                        null,
                        null,
                        false,
                        null,
                        null,
                        false,
                        "bx9",
                        null,
                        null));
            case "aléa inconnu" ->
                valid(new Question(
                        "besoin_eau",
                        QuestionType.ECHELLE,
                        "L",
                        null,
                        null,
                        false,
                        null,
                        null,
                        false,
                        null,
                        "meteorite",
                        null));
            case "un seul choix" ->
                valid(with(
                        ok, "besoin_eau", QuestionType.CHOIX_UNIQUE, List.of(new Choice("a", "A")), false, null, null));
            case "valeur de choix" ->
                valid(with(
                        ok,
                        "besoin_eau",
                        QuestionType.CHOIX_UNIQUE,
                        List.of(new Choice("A b", "A"), new Choice("b", "B")),
                        false,
                        null,
                        null));
            case "choix autre" ->
                valid(with(
                        ok,
                        "besoin_eau",
                        QuestionType.CHOIX_UNIQUE,
                        List.of(new Choice("autre", "Autre"), new Choice("b", "B")),
                        false,
                        null,
                        null));
            case "choix en double" ->
                valid(with(
                        ok,
                        "besoin_eau",
                        QuestionType.CHOIX_UNIQUE,
                        List.of(new Choice("a", "A"), new Choice("a", "B")),
                        false,
                        null,
                        null));
            case "choix sans libellé" ->
                valid(with(
                        ok,
                        "besoin_eau",
                        QuestionType.CHOIX_UNIQUE,
                        List.of(new Choice("a", ""), new Choice("b", "B")),
                        false,
                        null,
                        null));
            case "choix sur un texte" ->
                valid(with(ok, "besoin_eau", QuestionType.TEXTE_COURT, two, false, null, null));
            case "autre sur un classement" ->
                valid(with(ok, "besoin_eau", QuestionType.CLASSEMENT, two, true, null, null));
            case "bornes sur une échelle" -> valid(with(ok, "besoin_eau", QuestionType.ECHELLE, null, false, 1, 3));
            case "nombre sans bornes" -> valid(with(ok, "besoin_eau", QuestionType.NOMBRE, null, false, 1, null));
            case "bornes croisées" -> valid(with(ok, "besoin_eau", QuestionType.NOMBRE, null, false, 5, 1));
            case "max hors des choix" ->
                valid(with(ok, "besoin_eau", QuestionType.CHOIX_MULTIPLE, two, false, null, 3));
            case "condition en avant" -> valid(conditional(new Condition("plus_tard", "oui")));
            case "condition sur un texte" -> valid(conditional(new Condition("texte", "oui")));
            case "condition valeur absente" -> valid(conditional(new Condition("reponse", "peut_etre")));
            case "section sans titre" -> withSections(new Section(" ", List.of(ok)));
            case "section vide" -> withSections(new Section("Eau", List.of(ok)), new Section("Vide", List.of()));
            case "titre manquant" ->
                new Questionnaire("perso_1", "perso-1-v1", null, null, valid(ok).sections());
            default -> throw new IllegalArgumentException(rule);
        };
    }

    /** Section 1: « reponse » (oui/non) and « texte »; section 2: the question under test. */
    private static Questionnaire valid(Question... third) {
        return withSections(new Section("Eau", List.of(third)));
    }

    private static Questionnaire withSections(Section... more) {
        Question yesNo = QuestionnaireFilesTest.yesNo("reponse");
        Question text = new Question(
                "texte", QuestionType.TEXTE_COURT, "Un mot", null, null, false, null, null, false, null, null, null);
        List<Section> sections = new java.util.ArrayList<>(List.of(new Section("Début", List.of(yesNo, text))));
        sections.addAll(List.of(more));
        return new Questionnaire("perso_1", "perso-1-v1", "Essai", null, sections);
    }

    private static Question scale(String code) {
        return new Question(
                code, QuestionType.ECHELLE, "Libellé", null, null, false, null, null, false, "bv1", "canicule", null);
    }

    private static Question conditional(Condition c) {
        return new Question(
                "besoin_eau",
                QuestionType.TEXTE_COURT,
                "Précisez",
                null,
                null,
                false,
                null,
                null,
                false,
                null,
                null,
                List.of(c));
    }

    private static Question with(
            Question q, String code, QuestionType type, List<Choice> choices, boolean other, Integer min, Integer max) {
        return new Question(code, type, q.libelle(), null, choices, other, min, max, false, null, null, null);
    }
}
