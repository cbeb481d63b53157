package fr.resilience360.survey;

import fr.resilience360.shared.NotFoundException;
import fr.resilience360.shared.UserInputException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/** The builder's pages: the form's CSRF token made before the page is written, French 404 and 400 pages. */
@ControllerAdvice(
        assignableTypes = {
            QuestionnaireListController.class,
            QuestionnaireEditorController.class,
            QuestionEditController.class,
            QuestionnaireVersionController.class
        })
class QuestionnaireBuilderAdvice {

    @ModelAttribute
    void csrfTokenBeforeWriting(CsrfToken token) {
        if (token != null) token.getToken();
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
