package fr.resilience360.report.atlas;

import fr.resilience360.shared.UserInputException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** The French error page of « Cartes de France » for a parameter it cannot use, naming the parameter. */
@ControllerAdvice(assignableTypes = AtlasPageController.class)
class AtlasPageAdvice {

    @ExceptionHandler
    ModelAndView badInput(UserInputException e) {
        return new ModelAndView("error", Map.of("status", 400, "detail", e.getMessage()), HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler
    ModelAndView mistyped(MethodArgumentTypeMismatchException e) {
        return new ModelAndView(
                "error",
                Map.of("status", 400, "detail", "Le paramètre « " + e.getName() + " » doit être un nombre entier."),
                HttpStatus.BAD_REQUEST);
    }
}
