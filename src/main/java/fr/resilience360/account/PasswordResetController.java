package fr.resilience360.account;

import fr.resilience360.shared.UserInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A forgotten password: the person gives their address and gets a one-time link (1 hour) that signs them in to choose
 * a new one. No mail server is configured yet, so the link is written in the application's log for the
 * administrator to pass on (issue 9: « printed in the log when no mail server is configured »). The answer is the same
 * whether the address has an account or not.
 */
@Controller
class PasswordResetController {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetController.class);

    private final Accounts accounts;

    PasswordResetController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/connexion/mot-de-passe-oublie")
    String form() {
        return "account/reset";
    }

    @PostMapping("/connexion/mot-de-passe-oublie")
    String request(@RequestParam(defaultValue = "") String email, Model model, HttpServletResponse response) {
        try {
            accounts.passwordResetLink(email)
                    .ifPresent(link -> log.warn(
                            "Réinitialisation du mot de passe demandée pour {} : lien à usage unique {} (valable 1 h)",
                            email.strip().toLowerCase(Locale.ROOT),
                            link.url()));
            model.addAttribute("requested", true);
        } catch (UserInputException e) {
            model.addAttribute("error", e.getMessage());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "account/reset";
    }
}
