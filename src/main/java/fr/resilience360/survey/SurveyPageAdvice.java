package fr.resilience360.survey;

import fr.resilience360.shared.NotFoundException;
import fr.resilience360.shared.TooManyRequestsException;
import fr.resilience360.shared.UserInputException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the answering pages share: French error pages (404 for an unknown or closed survey, without saying which; 400;
 * 429), and the CSRF token of the form made before the page is written. Respondents are anonymous: their form's
 * token is kept in a session, which is created here, before the first byte of the page is sent.
 */
@ControllerAdvice(
        assignableTypes = {
            AnswerPageController.class,
            OwnAnswerController.class,
            QrCodeController.class,
            AnswerEditController.class
        })
class SurveyPageAdvice {

    @ModelAttribute
    void csrfTokenBeforeWriting(CsrfToken token) {
        if (token != null) token.getToken();
    }

    @ExceptionHandler
    ModelAndView notFound(NotFoundException e) {
        return new ModelAndView("error/404", Map.of("message", e.getMessage()), HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler
    ModelAndView tooMany(TooManyRequestsException e) {
        return new ModelAndView("error", Map.of("status", 429, "detail", e.getMessage()), HttpStatus.TOO_MANY_REQUESTS);
    }

    @ExceptionHandler
    ModelAndView badInput(UserInputException e) {
        return new ModelAndView("error", Map.of("status", 400, "detail", e.getMessage()), HttpStatus.BAD_REQUEST);
    }
}
