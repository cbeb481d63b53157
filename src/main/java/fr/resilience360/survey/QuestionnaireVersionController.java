package fr.resilience360.survey;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saving the draft as a new version (refused with every problem while it breaks a rule, the draft kept), the preview
 * with the answering page's template (no submit, nothing stored), and opening a survey with the latest version.
 */
@Controller
class QuestionnaireVersionController {

    private final QuestionnaireBuilder builder;
    private final QuestionnaireCatalogue catalogue;

    QuestionnaireVersionController(QuestionnaireBuilder builder, QuestionnaireCatalogue catalogue) {
        this.builder = builder;
        this.catalogue = catalogue;
    }

    @PostMapping("/questionnaires/{qid:\\d+}/versions")
    String save(@PathVariable long qid, Model model, HttpServletResponse response, RedirectAttributes flash) {
        QuestionnaireBuilder.Saved saved = builder.save(qid);
        if (saved.problems().isEmpty()) {
            flash.addFlashAttribute("savedVersion", saved.version());
            return "redirect:/questionnaires/" + qid;
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("refused", true);
        BuilderPage.editor(model, builder.read(qid), true, catalogue);
        return "survey/builder";
    }

    @GetMapping("/questionnaires/{qid:\\d+}/apercu")
    String preview(@PathVariable long qid, Model model) {
        QuestionnaireBuilder.Opened q = builder.read(qid);
        boolean valid = catalogue
                .check(QuestionnaireBuilder.numbered(q.draft(), qid, 1))
                .isEmpty();
        Questionnaire shown = valid ? q.draft() : builder.version(q, q.stored().latestVersion());
        model.addAttribute("survey", previewSurvey(q, shown));
        model.addAttribute("questionnaire", shown);
        model.addAttribute("form", AnswerForm.Values.empty());
        model.addAttribute("errors", Map.of());
        model.addAttribute("shownIf", AnswerPage.conditionTexts(shown));
        model.addAttribute("conditionData", AnswerPage.conditionData(shown));
        model.addAttribute("cle", UUID.randomUUID().toString());
        model.addAttribute(
                "preview", valid ? "brouillon" : "version " + q.stored().latestVersion());
        model.addAttribute("previewOf", q.stored().id());
        return "survey/answer";
    }

    @PostMapping("/questionnaires/{qid:\\d+}/enquetes")
    String openSurvey(@PathVariable long qid) {
        return "redirect:/questionnaires/" + qid + "?enquete="
                + builder.openSurvey(qid).id() + "#enquete-ouverte";
    }

    /** A survey that takes nothing: the answering page's template needs one for its consent text. */
    private static Survey previewSurvey(QuestionnaireBuilder.Opened q, Questionnaire shown) {
        return new Survey(
                0,
                q.stored().territoryId(),
                QuestionnaireBuilder.CUSTOM,
                shown,
                "apercu",
                new byte[0],
                "ouverte",
                Instant.now(),
                null,
                LocalDate.now().plusYears(Surveys.RETENTION_YEARS),
                false,
                q.by());
    }
}
