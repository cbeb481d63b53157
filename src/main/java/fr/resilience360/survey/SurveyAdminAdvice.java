package fr.resilience360.survey;

import fr.resilience360.shared.NotFoundException;
import fr.resilience360.shared.UserInputException;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the team's survey pages share: French error pages (404 for an unknown territory or survey, 400), and the CSRF
 * token of a signed-in person's forms made before the page is written. Refusals go to Spring Security (sign-in page
 * for an anonymous visitor, 403 otherwise).
 */
@ControllerAdvice(assignableTypes = {SurveyListController.class, SurveySettingsController.class})
class SurveyAdminAdvice {

    @ModelAttribute
    void csrfTokenBeforeWriting(CsrfToken token, Principal principal) {
        if (token != null && principal != null) token.getToken();
    }

    @ExceptionHandler
    ModelAndView notFound(NotFoundException e) {
        return new ModelAndView("error/404", Map.of("message", e.getMessage()), HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler
    ModelAndView badInput(UserInputException e) {
        return new ModelAndView("error", Map.of("status", 400, "detail", e.getMessage()), HttpStatus.BAD_REQUEST);
    }
}
