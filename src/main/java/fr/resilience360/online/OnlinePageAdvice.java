package fr.resilience360.online;

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
 * What every diagnostic page shares: the French error pages (404 for what does not exist or may not be known, 400
 * for bad input), and the CSRF token of a signed-in person's forms created before the page is written (a long page
 * would otherwise be partly sent before its last form asks for a session). Anonymous visitors get no session.
 */
@ControllerAdvice(
        assignableTypes = {
            DiagnosticListController.class,
            DiagnosticPageController.class,
            RowPageController.class,
            DiagnosticExportController.class,
            EvolutionController.class
        })
class OnlinePageAdvice {

    @ModelAttribute
    void csrfTokenBeforeWriting(CsrfToken token, Principal principal) {
        if (token != null && principal != null) token.getToken();
    }

    @ExceptionHandler
    ModelAndView notFound(NotFoundException e) {
        return new ModelAndView("error", Map.of("status", 404, "detail", e.getMessage()), HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler
    ModelAndView badInput(UserInputException e) {
        return new ModelAndView("error", Map.of("status", 400, "detail", e.getMessage()), HttpStatus.BAD_REQUEST);
    }
}
