package fr.resilience360.survey;

import fr.resilience360.account.Action;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The synthesis page of a survey, for the members of its territory ({@link Action#READ_DRAFTS}, as the synthesis
 * API): anonymous visitors are sent to sign in, other people refused (403). Filters and choices are in the URL.
 */
@Controller
class SynthesisPageController {

    private final Surveys surveys;
    private final SurveyAccess access;
    private final SynthesisPages pages;

    SynthesisPageController(Surveys surveys, SurveyAccess access, SynthesisPages pages) {
        this.surveys = surveys;
        this.access = access;
        this.pages = pages;
    }

    @GetMapping("/enquetes/{id:\\d+}/synthese")
    String synthesis(
            @PathVariable long id,
            @ModelAttribute("filtre") AnswerFilter filter,
            @ModelAttribute("demande") SynthesisQuery query,
            HttpServletRequest request,
            Model model) {
        Survey survey = surveys.byId(id);
        access.require(
                survey.territoryId(), Action.READ_DRAFTS, "Seuls les membres du territoire lisent cette synthèse.");
        model.addAttribute("s", pages.build(survey, filter, query, request.getRequestURI()));
        return "survey/synthesis";
    }
}
