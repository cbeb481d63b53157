package fr.resilience360.survey;

import fr.resilience360.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The builder's question form: a new question at the end of a section, or a question changed in place. What is typed
 * goes into the draft even when it breaks a rule; the builder's page then lists what to fix, and so does this form
 * beside each field.
 */
@Controller
class QuestionEditController {

    private static final String PATH = "/questionnaires/{qid:\\d+}/sections/{s:\\d+}/questions";

    private final QuestionnaireBuilder builder;
    private final QuestionnaireCatalogue catalogue;

    QuestionEditController(QuestionnaireBuilder builder, QuestionnaireCatalogue catalogue) {
        this.builder = builder;
        this.catalogue = catalogue;
    }

    @GetMapping(PATH + "/nouvelle")
    String blank(@PathVariable long qid, @PathVariable int s, Model model) {
        return form(qid, s, null, model);
    }

    @GetMapping(PATH + "/{i:\\d+}")
    String existing(@PathVariable long qid, @PathVariable int s, @PathVariable int i, Model model) {
        return form(qid, s, i, model);
    }

    @PostMapping(PATH)
    String add(@PathVariable long qid, @PathVariable int s, @RequestParam MultiValueMap<String, String> form) {
        Questionnaire q = builder.edit(qid, d -> QuestionnaireEdits.addQuestion(d, s, QuestionForm.read(form)));
        return QuestionnaireEditorController.back(
                qid, "question-" + s + "-" + (q.sections().get(s).questions().size() - 1));
    }

    @PostMapping(PATH + "/{i:\\d+}")
    String replace(
            @PathVariable long qid,
            @PathVariable int s,
            @PathVariable int i,
            @RequestParam MultiValueMap<String, String> form) {
        String expected = form.getFirst("attendu");
        builder.edit(qid, d -> {
            String actual = d.sections().get(s).questions().get(i).code();
            if (expected != null && !expected.equals(actual == null ? "" : actual))
                throw new IndexOutOfBoundsException("changed meanwhile");
            return QuestionnaireEdits.replaceQuestion(d, s, i, QuestionForm.read(form));
        });
        return QuestionnaireEditorController.back(qid, "question-" + s + "-" + i);
    }

    private String form(long qid, int s, Integer i, Model model) {
        QuestionnaireBuilder.Opened q = builder.forEditing(qid);
        try {
            BuilderPage.question(model, q, s, i, catalogue);
        } catch (IndexOutOfBoundsException e) {
            throw new NotFoundException("Question introuvable", "Cette section ou cette question n'existe plus.");
        }
        return "survey/question";
    }
}
