package fr.resilience360.account;

import fr.resilience360.shared.UserInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A forgotten password: the person gives their address and gets a one-time link (1 hour) that signs them in to choose
 * a new one, by e-mail when a mail server is configured, otherwise written in the application's log for the
 * administrator to pass on ({@link AccountMail}). The answer is the same whether the address has an account or not,
 * and whether it has already asked too often ({@link Accounts#MAX_RESET_REQUESTS} an hour).
 */
@Controller
class PasswordResetController {

    private final Accounts accounts;
    private final AccountMail mail;

    PasswordResetController(Accounts accounts, AccountMail mail) {
        this.accounts = accounts;
        this.mail = mail;
    }

    @GetMapping("/connexion/mot-de-passe-oublie")
    String form() {
        return "account/reset";
    }

    @PostMapping("/connexion/mot-de-passe-oublie")
    String request(@RequestParam(defaultValue = "") String email, Model model, HttpServletResponse response) {
        try {
            accounts.passwordResetLink(email)
                    .ifPresent(link -> mail.sendPasswordReset(email.strip().toLowerCase(Locale.ROOT), link));
            model.addAttribute("requested", true);
            model.addAttribute("byMail", mail.configured());
        } catch (UserInputException e) {
            model.addAttribute("error", e.getMessage());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "account/reset";
    }
}
