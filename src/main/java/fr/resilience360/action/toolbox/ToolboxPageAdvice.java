package fr.resilience360.action.toolbox;

import fr.resilience360.shared.InvalidFieldsException;
import fr.resilience360.shared.NotFoundException;
import fr.resilience360.shared.UserInputException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The French error pages of the toolbox and parcours pages: 404 for an unknown tool, territory or step, else 400. */
@ControllerAdvice(assignableTypes = {ToolPagesController.class, ParcoursPageController.class})
class ToolboxPageAdvice {

    @ExceptionHandler
    ModelAndView notFound(NotFoundException e) {
        return new ModelAndView("error/404", Map.of("message", e.getMessage()), HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler
    ModelAndView badInput(UserInputException e) {
        String detail = e instanceof InvalidFieldsException f
                ? String.join(
                        " ; ",
                        f.fields().entrySet().stream()
                                .map(x -> x.getKey() + " : " + x.getValue())
                                .toList())
                : e.getMessage();
        return new ModelAndView("error", Map.of("status", 400, "detail", detail), HttpStatus.BAD_REQUEST);
    }
}
