package fr.resilience360.action.contribution;

import fr.resilience360.shared.ConflictException;
import fr.resilience360.shared.InvalidFieldsException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's own contributions with their state and history, and the moderators' page of pending ones. */
@Controller
class ModerationPageController {

    private final Contributions contributions;
    private final ContributionAccess access;

    ModerationPageController(Contributions contributions, ContributionAccess access) {
        this.contributions = contributions;
        this.access = access;
    }

    @GetMapping("/actions/mes-contributions")
    String mine(Model model) {
        model.addAttribute("contributions", contributions.mine(access.contributor()));
        model.addAttribute("moderator", access.moderates());
        return "action/contribution-mine";
    }

    @GetMapping("/actions/moderation")
    String pending(CsrfToken csrf, Model model) {
        access.moderator();
        csrf.getToken();
        model.addAttribute("contributions", contributions.pending());
        return "action/contribution-moderation";
    }

    @PostMapping("/actions/moderation/{id}")
    String decide(
            @PathVariable long id,
            @RequestParam(name = "decision", defaultValue = "") String decision,
            @RequestParam(name = "motif", required = false) String reason,
            CsrfToken csrf,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        String moderator = access.moderator();
        try {
            if (!decision.equals("acceptee") && !decision.equals("refusee"))
                throw new InvalidFieldsException(
                        "Choisissez d'accepter ou de refuser.", java.util.Map.of("decision", "Accepter ou refuser."));
            Contribution c = contributions.decide(id, "acceptee".equals(decision), reason, moderator);
            flash.addFlashAttribute(
                    "notice",
                    "Contribution n° " + id + " : " + c.state().label().toLowerCase() + ".");
            return "redirect:/actions/moderation";
        } catch (InvalidFieldsException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errorId", id);
            model.addAttribute("error", e.getMessage());
            return pending(csrf, model);
        }
    }
}
