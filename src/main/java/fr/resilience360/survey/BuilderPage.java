package fr.resilience360.survey;

import fr.resilience360.survey.Questionnaire.Question;
import fr.resilience360.survey.Questionnaire.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.ui.Model;

/** What the builder's pages show: the draft with each question's number and problems, and the question form. */
final class BuilderPage {

    /** A problem as the page lists it: a link to where it is, and the sentence. */
    record Message(String anchor, String text) {}

    /** An « afficher si » option: {@code question=valeur} and how it reads. */
    record ConditionOption(String value, String label) {}

    private BuilderPage() {}

    static void editor(Model model, QuestionnaireBuilder.Opened q, boolean mayEdit, QuestionnaireCatalogue catalogue) {
        List<QuestionnaireRules.Problem> problems = catalogue.check(QuestionnaireBuilder.numbered(q.draft(), 0, 1));
        Map<String, List<String>> at = new LinkedHashMap<>();
        problems.forEach(
                p -> at.computeIfAbsent(p.anchor(), k -> new ArrayList<>()).add(p.sentence(q.draft())));
        model.addAttribute("stored", q.stored());
        model.addAttribute("draft", q.draft());
        model.addAttribute("mayEdit", mayEdit);
        model.addAttribute(
                "problems",
                problems.stream()
                        .map(p -> new Message(p.anchor(), p.sentence(q.draft())))
                        .toList());
        model.addAttribute("problemsAt", at);
        model.addAttribute("numbers", numbers(q.draft()));
        model.addAttribute("summaries", summaries(q.draft(), catalogue));
    }

    /** One line per question: its type, and whether it is required, linked, conditional. */
    private static Map<String, String> summaries(Questionnaire q, QuestionnaireCatalogue catalogue) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (int s = 0; s < q.sections().size(); s++)
            for (int i = 0; i < q.sections().get(s).questions().size(); i++) {
                Question question = q.sections().get(s).questions().get(i);
                List<String> parts = new ArrayList<>();
                String type = QuestionForm.typeName(question.type());
                parts.add(type.isEmpty() ? "type à choisir" : QuestionForm.TYPES.get(type));
                if (question.obligatoire()) parts.add("obligatoire");
                if (question.besoin() != null) parts.add("besoin " + name(catalogue.needs(), question.besoin()));
                if (question.alea() != null) parts.add("aléa " + name(catalogue.hazards(), question.alea()));
                question.conditions().forEach(c -> parts.add("afficher si " + c.question() + " = " + c.valeur()));
                lines.put("question-" + s + "-" + i, String.join(" · ", parts));
            }
        return lines;
    }

    static void question(
            Model model, QuestionnaireBuilder.Opened q, int s, Integer i, QuestionnaireCatalogue catalogue) {
        Section section = q.draft().sections().get(s);
        Question question = i == null ? null : section.questions().get(i);
        Map<String, String> errors = new LinkedHashMap<>();
        if (i != null)
            catalogue.check(QuestionnaireBuilder.numbered(q.draft(), 0, 1)).stream()
                    .filter(p -> p.section() == s && p.question() == i)
                    .forEach(p -> errors.merge(
                            p.field().equals("max") ? "min" : p.field(), p.rule(), (a, b) -> a + " ; " + b));
        model.addAttribute("stored", q.stored());
        model.addAttribute("section", section);
        model.addAttribute("s", s);
        model.addAttribute("i", i);
        model.addAttribute("number", i == null ? null : numbers(q.draft()).get(s + "-" + i));
        model.addAttribute("values", question == null ? QuestionForm.Values.blank() : QuestionForm.Values.of(question));
        model.addAttribute("errors", errors);
        model.addAttribute("types", QuestionForm.TYPES);
        model.addAttribute("needs", catalogue.needs());
        model.addAttribute("hazards", catalogue.hazards());
        model.addAttribute(
                "conditionOptions",
                conditionOptions(q.draft(), s, i == null ? section.questions().size() : i, question));
    }

    /** Each question's number in the whole questionnaire, from 1, by {@code "section-question"}. */
    static Map<String, Integer> numbers(Questionnaire q) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        int n = 0;
        for (int s = 0; s < q.sections().size(); s++)
            for (int i = 0; i < q.sections().get(s).questions().size(); i++) numbers.put(s + "-" + i, ++n);
        return numbers;
    }

    /** The values of the choice questions before this position, and the question's own conditions kept as they are. */
    private static List<ConditionOption> conditionOptions(Questionnaire q, int s, int before, Question question) {
        List<ConditionOption> options = new ArrayList<>();
        for (int k = 0; k <= s; k++) {
            List<Question> questions = q.sections().get(k).questions();
            for (int j = 0; j < (k == s ? before : questions.size()); j++) {
                Question earlier = questions.get(j);
                if (earlier.type() != QuestionType.CHOIX_UNIQUE && earlier.type() != QuestionType.CHOIX_MULTIPLE)
                    continue;
                for (String value : earlier.values())
                    options.add(new ConditionOption(
                            earlier.code() + "=" + value,
                            earlier.code() + " = " + value + " (« " + label(earlier, value) + " »)"));
            }
        }
        if (question != null)
            for (Questionnaire.Condition c : question.conditions())
                if (options.stream().noneMatch(o -> o.value().equals(c.question() + "=" + c.valeur())))
                    options.add(new ConditionOption(
                            c.question() + "=" + c.valeur(), c.question() + " = " + c.valeur() + " (à corriger)"));
        return options;
    }

    private static String name(List<QuestionnaireCatalogue.Item> items, String id) {
        return items.stream()
                .filter(i -> i.id().equals(id))
                .map(i -> id + " (" + i.name() + ")")
                .findFirst()
                .orElse(id);
    }

    private static String label(Question q, String value) {
        return q.choix().stream()
                .filter(c -> c.valeur().equals(value))
                .map(Questionnaire.Choice::libelle)
                .findFirst()
                .orElse("Autre");
    }
}
