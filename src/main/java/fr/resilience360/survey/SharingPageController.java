package fr.resilience360.survey;

import fr.resilience360.account.Action;
import fr.resilience360.observatory.DeclaredIndicatorValues;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.shared.NotFoundException;
import fr.resilience360.shared.UserInputException;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * « Partage avec l'observatoire » of an élus' or businesses' survey: its members see whether it is shared and what the
 * observatory receives; an éditeur or administrator of the territory switches it (issue 11, item 4).
 */
@Controller
class SharingPageController {

    private static final String REFUSED = "Seuls les membres du territoire voient le partage de cette enquête.";

    private final Surveys surveys;
    private final ObservatorySharing sharing;
    private final SurveyAccess access;
    private final Observatory observatory;
    private final TerritoryDirectory territories;

    SharingPageController(
            Surveys surveys,
            ObservatorySharing sharing,
            SurveyAccess access,
            Observatory observatory,
            TerritoryDirectory territories) {
        this.territories = territories;
        this.surveys = surveys;
        this.sharing = sharing;
        this.access = access;
        this.observatory = observatory;
    }

    /** The form's CSRF token, made (and its session saved) before the page is written. */
    @ModelAttribute
    void csrfTokenBeforeWriting(CsrfToken token) {
        if (token != null) token.getToken();
    }

    @GetMapping("/enquetes/{id:\\d+}/partage")
    String page(@PathVariable long id, Model model) {
        Survey survey = surveys.byId(id);
        access.require(survey.territoryId(), Action.READ_DRAFTS, REFUSED);
        boolean shareable = SharedIndicators.actorType(survey.template()).isPresent();
        model.addAttribute("survey", survey);
        model.addAttribute(
                "territoryName",
                territories
                        .find(survey.territoryId())
                        .map(TerritorySummary::name)
                        .orElse(survey.territoryId()));
        model.addAttribute("shareable", shareable);
        model.addAttribute("shared", sharing.isShared(survey));
        model.addAttribute("mayEdit", mayEdit(survey));
        model.addAttribute("respondents", sharing.responseCount(survey));
        model.addAttribute("minimum", DeclaredIndicatorValues.MINIMUM_RESPONDENTS);
        model.addAttribute("values", shareable ? sharing.values(survey.territoryId(), survey.template()) : List.of());
        model.addAttribute("indicators", observatory.indicatorsById());
        return "survey/sharing";
    }

    @PostMapping("/enquetes/{id:\\d+}/partage")
    String change(@PathVariable long id, @RequestParam(defaultValue = "") String partager) {
        Survey survey = surveys.byId(id);
        access.require(
                survey.territoryId(),
                Action.EDIT_DIAGNOSTICS,
                "Il faut être éditeur du territoire pour partager une enquête avec l'observatoire.");
        sharing.setShared(survey, "oui".equals(partager));
        return "redirect:/enquetes/" + id + "/partage?enregistre";
    }

    @ExceptionHandler
    ModelAndView notFound(NotFoundException e) {
        return new ModelAndView("error/404", Map.of("message", e.getMessage()), HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler
    ModelAndView badInput(UserInputException e) {
        return new ModelAndView("error", Map.of("status", 400, "detail", e.getMessage()), HttpStatus.BAD_REQUEST);
    }

    private boolean mayEdit(Survey survey) {
        try {
            access.require(survey.territoryId(), Action.EDIT_DIAGNOSTICS, REFUSED);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }
}
