package fr.resilience360.survey;

import fr.resilience360.shared.NotFoundException;
import fr.resilience360.shared.UserInputException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The French error pages of the paper pages: 404 for an unknown survey, 400 for a bad parameter or file. */
@ControllerAdvice(
        assignableTypes = {PaperFormController.class, PaperEntryController.class, PaperImportController.class})
class PaperPageAdvice {

    @ExceptionHandler
    ModelAndView notFound(NotFoundException e) {
        return new ModelAndView("error/404", Map.of("message", e.getMessage()), HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler
    ModelAndView badInput(UserInputException e) {
        return new ModelAndView("error", Map.of("status", 400, "detail", e.getMessage()), HttpStatus.BAD_REQUEST);
    }
}
