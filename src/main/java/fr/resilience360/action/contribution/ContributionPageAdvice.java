package fr.resilience360.action.contribution;

import fr.resilience360.shared.NotFoundException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The contribution pages' French 404 for an unknown action or contribution. */
@ControllerAdvice(assignableTypes = {ProposalPageController.class, ModerationPageController.class})
class ContributionPageAdvice {

    @ExceptionHandler
    ModelAndView notFound(NotFoundException e) {
        return new ModelAndView("error/404", Map.of("message", e.getMessage()), HttpStatus.NOT_FOUND);
    }
}
