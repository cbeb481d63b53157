package fr.resilience360.survey;

import fr.resilience360.survey.Questionnaire.Choice;
import fr.resilience360.survey.Questionnaire.Condition;
import fr.resilience360.survey.Questionnaire.Question;
import fr.resilience360.survey.Questionnaire.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a questionnaire obeys, whether it comes from a template file, from the questionnaire builder or from the
 * API: codes well formed and unique, choices where the type takes some, bounds of a number, needs and hazards that
 * exist, « afficher si » on an earlier choice question and on a value it offers. Every problem is returned, each with
 * where it is (section and question positions, field) so that a page can put it beside the field. Plain Java.
 */
final class QuestionnaireRules {

    static final String CODE = "[a-z][a-z0-9_]*";

    /**
     * One broken rule. {@code section} and {@code question} are positions from 0 ({@code -1}: the questionnaire
     * itself, or the section itself); {@code number} is the question's number in the whole questionnaire, from 1.
     */
    record Problem(int section, int question, int number, String code, String field, String rule) {

        private static final Map<String, String> FIELDS = Map.ofEntries(
                Map.entry("modele", "code du modèle"),
                Map.entry("titre", "titre"),
                Map.entry("sections", "sections"),
                Map.entry("questions", "questions"),
                Map.entry("code", "code"),
                Map.entry("type", "type"),
                Map.entry("libelle", "libellé"),
                Map.entry("besoin", "besoin"),
                Map.entry("alea", "aléa"),
                Map.entry("choix", "choix"),
                Map.entry("autre", "choix « autre »"),
                Map.entry("min", "bornes"),
                Map.entry("max", "bornes"),
                Map.entry("conditions", "afficher si"));

        /** In French, naming the question (its number and code) or the section, and the field. */
        String sentence(Questionnaire q) {
            return where(q) + ", champ « " + FIELDS.getOrDefault(field, field) + " » : " + rule;
        }

        private String where(Questionnaire q) {
            if (question >= 0)
                return "Question " + number + " (" + (code == null ? "sans code" : "« " + code + " »") + ")";
            if (section < 0) return "Questionnaire";
            String title = q.sections().get(section).titre();
            return "Section " + (section + 1) + (title == null || title.isBlank() ? "" : " (« " + title + " »)");
        }

        /** Where it is in the JSON of a questionnaire: {@code sections[1].questions[0].min}, {@code titre}. */
        String path() {
            String at = section < 0
                    ? ""
                    : "sections[" + section + "]." + (question < 0 ? "" : "questions[" + question + "].");
            return at + field;
        }

        /** The anchor of what is wrong on the builder's page. */
        String anchor() {
            if (question >= 0) return "question-" + section + "-" + question;
            return section >= 0 ? "section-" + section : "titre-questionnaire";
        }
    }

    private final Set<String> needs;
    private final Set<String> hazards;
    private final List<Problem> problems = new ArrayList<>();
    private int section = -1;
    private int question = -1;
    private int number;
    private String code;

    private QuestionnaireRules(Set<String> needs, Set<String> hazards) {
        this.needs = needs;
        this.hazards = hazards;
    }

    /** Every rule this questionnaire breaks, in its order (an empty list when it is valid). */
    static List<Problem> check(Questionnaire q, Set<String> needs, Set<String> hazards) {
        QuestionnaireRules rules = new QuestionnaireRules(needs, hazards);
        rules.questionnaire(q);
        return List.copyOf(rules.problems);
    }

    private void questionnaire(Questionnaire q) {
        require(q.modele() != null && q.modele().matches(CODE), "modele", "code du modèle manquant ou mal formé");
        require(notBlank(q.version()) && notBlank(q.titre()), "titre", "version ou titre manquant");
        require(!q.sections().isEmpty(), "sections", "aucune section");
        Map<String, Question> seen = new HashMap<>();
        for (int s = 0; s < q.sections().size(); s++) {
            Section sec = q.sections().get(s);
            section = s;
            question = -1;
            code = null;
            require(notBlank(sec.titre()), "titre", "section sans titre");
            require(!sec.questions().isEmpty(), "questions", "aucune question");
            for (int i = 0; i < sec.questions().size(); i++) {
                Question each = sec.questions().get(i);
                question = i;
                number++;
                code = each.code();
                require(each.code() != null && each.code().matches(CODE), "code", "code mal formé");
                require(each.code() == null || !seen.containsKey(each.code()), "code", "code en double");
                question(each);
                for (Condition c : each.conditions()) condition(c, seen);
                if (each.code() != null) seen.putIfAbsent(each.code(), each);
            }
        }
    }

    private void question(Question q) {
        require(q.type() != null, "type", "type manquant");
        require(notBlank(q.libelle()), "libelle", "libellé manquant");
        require(q.besoin() == null || needs.contains(q.besoin()), "besoin", "besoin inconnu « " + q.besoin() + " »");
        require(q.alea() == null || hazards.contains(q.alea()), "alea", "aléa inconnu « " + q.alea() + " »");
        if (q.type() == null) return;
        if (q.type().hasChoices()) choices(q);
        else require(q.choix().isEmpty(), "choix", "une question de type " + q.type() + " n'a pas de choix");
        require(
                !q.autre() || q.type() == QuestionType.CHOIX_UNIQUE || q.type() == QuestionType.CHOIX_MULTIPLE,
                "autre",
                "« autre » n'est permis que pour un choix unique ou multiple");
        boolean bounded = q.type() == QuestionType.NOMBRE || q.type().takesList();
        require(bounded || (q.min() == null && q.max() == null), "min", "bornes min/max non permises pour ce type");
        require(
                q.type() != QuestionType.NOMBRE || (q.min() != null && q.max() != null),
                "min",
                "un nombre a une borne min et une borne max");
        require(q.min() == null || q.max() == null || q.min() <= q.max(), "max", "min supérieur à max");
        require(
                !q.type().takesList()
                        || q.max() == null
                        || (q.max() >= 1 && q.max() <= q.values().size()),
                "max",
                "max hors du nombre de choix");
    }

    private void choices(Question q) {
        require(q.choix().size() >= 2, "choix", "deux choix au moins");
        Set<String> values = new HashSet<>();
        for (Choice c : q.choix()) {
            require(c.valeur() != null && c.valeur().matches(CODE), "choix", "valeur de choix mal formée");
            require(!Question.OTHER.equals(c.valeur()), "choix", "« autre » s'obtient par « autre: true »");
            require(values.add(c.valeur()), "choix", "choix « " + c.valeur() + " » en double");
            require(notBlank(c.libelle()), "choix", "choix « " + c.valeur() + " » sans libellé");
        }
    }

    private void condition(Condition c, Map<String, Question> earlier) {
        Question target = earlier.get(c.question());
        if (!require(
                target != null,
                "conditions",
                "condition sur « " + c.question() + " », qui n'est pas une question précédente")) return;
        if (!require(
                target.type() == QuestionType.CHOIX_UNIQUE || target.type() == QuestionType.CHOIX_MULTIPLE,
                "conditions",
                "une condition porte sur une question à choix")) return;
        require(
                target.values().contains(c.valeur()),
                "conditions",
                "condition sur une valeur que « " + c.question() + " » ne propose pas : " + c.valeur());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private boolean require(boolean condition, String field, String rule) {
        if (!condition) problems.add(new Problem(section, question, number, code, field, rule));
        return condition;
    }
}
