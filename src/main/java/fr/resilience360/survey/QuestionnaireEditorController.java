package fr.resilience360.survey;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The questionnaire builder's page ({@code /questionnaires/{qid}}): the draft's title, its sections (add, rename,
 * delete, move) and the order of its questions (move, delete). Each action is a plain form post answered by a
 * redirection to the page, at the place of what changed. Questions' forms: {@link QuestionEditController}.
 */
@Controller
class QuestionnaireEditorController {

    private final QuestionnaireBuilder builder;
    private final QuestionnaireCatalogue catalogue;

    QuestionnaireEditorController(QuestionnaireBuilder builder, QuestionnaireCatalogue catalogue) {
        this.builder = builder;
        this.catalogue = catalogue;
    }

    @GetMapping("/questionnaires/{qid:\\d+}")
    String editor(@PathVariable long qid, @RequestParam(name = "enquete", required = false) Long survey, Model model) {
        QuestionnaireBuilder.Opened q = builder.read(qid);
        BuilderPage.editor(model, q, builder.mayEdit(q.stored().territoryId()), catalogue);
        if (survey != null) builder.surveyLink(q, survey).ifPresent(link -> model.addAttribute("openedSurvey", link));
        return "survey/builder";
    }

    @PostMapping("/questionnaires/{qid:\\d+}/titre")
    String retitle(
            @PathVariable long qid,
            @RequestParam(name = "titre", defaultValue = "") String title,
            @RequestParam(name = "introduction", defaultValue = "") String introduction) {
        builder.edit(qid, q -> QuestionnaireEdits.retitle(q, blankToNull(title), blankToNull(introduction)));
        return back(qid, "titre-questionnaire");
    }

    @PostMapping("/questionnaires/{qid:\\d+}/sections")
    String addSection(@PathVariable long qid, @RequestParam(name = "titre", defaultValue = "") String title) {
        Questionnaire q = builder.edit(qid, d -> QuestionnaireEdits.addSection(d, blankToNull(title)));
        return back(qid, "section-" + (q.sections().size() - 1));
    }

    @PostMapping("/questionnaires/{qid:\\d+}/sections/{s:\\d+}")
    String renameSection(
            @PathVariable long qid,
            @PathVariable int s,
            @RequestParam(name = "titre", defaultValue = "") String title) {
        builder.edit(qid, d -> QuestionnaireEdits.renameSection(d, s, blankToNull(title)));
        return back(qid, "section-" + s);
    }

    @PostMapping("/questionnaires/{qid:\\d+}/sections/{s:\\d+}/suppression")
    String deleteSection(
            @PathVariable long qid,
            @PathVariable int s,
            @RequestParam(name = "attendu", required = false) String title) {
        builder.edit(
                qid,
                d -> QuestionnaireEdits.deleteSection(expect(d.sections().get(s).titre(), title, d), s));
        return back(qid, "sections");
    }

    @PostMapping("/questionnaires/{qid:\\d+}/sections/{s:\\d+}/deplacement")
    String moveSection(@PathVariable long qid, @PathVariable int s, @RequestParam(name = "sens") String direction) {
        boolean up = "haut".equals(direction);
        Questionnaire q = builder.edit(qid, d -> QuestionnaireEdits.moveSection(d, s, up));
        return back(qid, "section-" + Math.max(0, Math.min(q.sections().size() - 1, up ? s - 1 : s + 1)));
    }

    @PostMapping("/questionnaires/{qid:\\d+}/sections/{s:\\d+}/questions/{i:\\d+}/suppression")
    String deleteQuestion(
            @PathVariable long qid,
            @PathVariable int s,
            @PathVariable int i,
            @RequestParam(name = "attendu", required = false) String code) {
        builder.edit(qid, d -> QuestionnaireEdits.deleteQuestion(expect(codeAt(d, s, i), code, d), s, i));
        return back(qid, "section-" + s);
    }

    @PostMapping("/questionnaires/{qid:\\d+}/sections/{s:\\d+}/questions/{i:\\d+}/deplacement")
    String moveQuestion(
            @PathVariable long qid,
            @PathVariable int s,
            @PathVariable int i,
            @RequestParam(name = "sens") String direction,
            @RequestParam(name = "attendu", required = false) String code) {
        Questionnaire.Question[] moved = new Questionnaire.Question[1];
        Questionnaire q = builder.edit(qid, d -> {
            moved[0] = d.sections().get(s).questions().get(i);
            return QuestionnaireEdits.moveQuestion(expect(moved[0].code(), code, d), s, i, "haut".equals(direction));
        });
        int[] at = QuestionnaireEdits.positionOf(q, moved[0]);
        return back(qid, "question-" + at[0] + "-" + at[1]);
    }

    /**
     * The draft, if what is at the position is what the page showed there ({@code expected}, sent by the page's forms);
     * else the draft changed meanwhile (another tab, another editor) and nothing is done: 404, « n'existe plus ».
     */
    private static Questionnaire expect(String actual, String expected, Questionnaire draft) {
        if (expected != null && !expected.equals(actual == null ? "" : actual))
            throw new IndexOutOfBoundsException("changed meanwhile");
        return draft;
    }

    private static String codeAt(Questionnaire d, int s, int i) {
        return d.sections().get(s).questions().get(i).code();
    }

    static String back(long qid, String anchor) {
        return "redirect:/questionnaires/" + qid + "#" + anchor;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
