package fr.resilience360.survey;

import fr.resilience360.survey.Questionnaire.Choice;
import fr.resilience360.survey.Questionnaire.Condition;
import fr.resilience360.survey.Questionnaire.Question;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a questionnaire from its YAML file and refuses an incoherent one with a French message naming the template
 * and the question: duplicate or malformed code, choices on a question that takes none (or too few), bounds that
 * cross, an unknown need or hazard, a condition on a later question or on a value it cannot take. Plain Java.
 */
final class QuestionnaireFiles {

    private static final String CODE = "[a-z][a-z0-9_]*";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private QuestionnaireFiles() {}

    static Questionnaire fromClasspath(String path, Set<String> needs, Set<String> hazards) {
        try (InputStream in = QuestionnaireFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Modèle d'enquête introuvable : " + path);
            return validate(YAML.readValue(in, Questionnaire.class), path, needs, hazards);
        } catch (JacksonException e) {
            throw new IllegalStateException("Modèle d'enquête illisible (" + path + ") : " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Questionnaire validate(Questionnaire q, String source, Set<String> needs, Set<String> hazards) {
        String where = "Modèle d'enquête « " + (q.modele() == null ? source : q.modele()) + " »";
        require(q.modele() != null && q.modele().matches(CODE), where + " : code du modèle manquant ou mal formé");
        require(notBlank(q.version()) && notBlank(q.titre()), where + " : version ou titre manquant");
        require(!q.sections().isEmpty(), where + " : aucune section");
        Map<String, Question> seen = new HashMap<>();
        for (Questionnaire.Section section : q.sections()) {
            require(notBlank(section.titre()), where + " : section sans titre");
            require(!section.questions().isEmpty(), where + ", section « " + section.titre() + " » : aucune question");
            for (Question question : section.questions()) {
                String at = where + ", question « " + question.code() + " »";
                require(question.code() != null && question.code().matches(CODE), at + " : code mal formé");
                require(!seen.containsKey(question.code()), at + " : code en double");
                checkQuestion(question, at, needs, hazards);
                for (Condition c : question.conditions()) checkCondition(c, seen, at);
                seen.put(question.code(), question);
            }
        }
        return q;
    }

    private static void checkQuestion(Question q, String at, Set<String> needs, Set<String> hazards) {
        require(q.type() != null, at + " : type manquant");
        require(notBlank(q.libelle()), at + " : libellé manquant");
        require(q.besoin() == null || needs.contains(q.besoin()), at + " : besoin inconnu « " + q.besoin() + " »");
        require(q.alea() == null || hazards.contains(q.alea()), at + " : aléa inconnu « " + q.alea() + " »");
        if (q.type().hasChoices()) {
            require(q.choix().size() >= 2, at + " : deux choix au moins");
            Set<String> values = new HashSet<>();
            for (Choice c : q.choix()) {
                require(c.valeur() != null && c.valeur().matches(CODE), at + " : valeur de choix mal formée");
                require(!Question.OTHER.equals(c.valeur()), at + " : « autre » s'obtient par « autre: true »");
                require(values.add(c.valeur()), at + " : choix « " + c.valeur() + " » en double");
                require(notBlank(c.libelle()), at + " : choix « " + c.valeur() + " » sans libellé");
            }
        } else {
            require(q.choix().isEmpty(), at + " : une question de type " + q.type() + " n'a pas de choix");
        }
        require(
                !q.autre() || q.type() == QuestionType.CHOIX_UNIQUE || q.type() == QuestionType.CHOIX_MULTIPLE,
                at + " : « autre » n'est permis que pour un choix unique ou multiple");
        boolean bounded = q.type() == QuestionType.NOMBRE || q.type().takesList();
        require(bounded || (q.min() == null && q.max() == null), at + " : bornes min/max non permises pour ce type");
        require(
                q.type() != QuestionType.NOMBRE || (q.min() != null && q.max() != null),
                at + " : un nombre a une borne min et une borne max");
        require(q.min() == null || q.max() == null || q.min() <= q.max(), at + " : min supérieur à max");
        require(
                !q.type().takesList()
                        || q.max() == null
                        || (q.max() >= 1 && q.max() <= q.values().size()),
                at + " : max hors du nombre de choix");
    }

    private static void checkCondition(Condition c, Map<String, Question> earlier, String at) {
        Question target = earlier.get(c.question());
        require(
                target != null,
                at + " : condition sur « " + c.question() + " », qui n'est pas une question précédente");
        require(
                target.type() == QuestionType.CHOIX_UNIQUE || target.type() == QuestionType.CHOIX_MULTIPLE,
                at + " : une condition porte sur une question à choix");
        require(
                target.values().contains(c.valeur()),
                at + " : condition sur une valeur que « " + c.question() + " » ne propose pas : " + c.valeur());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void require(boolean condition, String message) {
        if (!condition) throw new IllegalStateException(message);
    }
}
