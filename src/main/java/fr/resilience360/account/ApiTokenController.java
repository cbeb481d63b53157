package fr.resilience360.account;

import fr.resilience360.shared.UserInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed-in person's API tokens, {@code /compte/jetons}: their list (never the tokens themselves), a new one shown
 * once on the answer to its creation, and revocation. Someone else's token is unknown here (404); a request
 * authenticated by a token may list them but neither create nor revoke one (403).
 */
@Controller
class ApiTokenController {

    private static final DateTimeFormatter PARIS =
            DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** A token as listed: dates in Paris time, in words when there is none. */
    record TokenView(long id, String name, String createdAt, String lastUsedAt, String status, boolean revoked) {

        static TokenView of(ApiToken token) {
            return new TokenView(
                    token.id(),
                    token.name(),
                    paris(token.createdAt()),
                    token.lastUsedAt() == null ? "jamais" : paris(token.lastUsedAt()),
                    token.revoked() ? "révoqué le " + paris(token.revokedAt()) : "actif",
                    token.revoked());
        }
    }

    @GetMapping("/compte/jetons")
    String tokens(Principal principal, @RequestParam Map<String, String> flags, Model model) {
        model.addAttribute("revokedNow", flags.containsKey("revoque"));
        return page(principal, model);
    }

    @PostMapping("/compte/jetons")
    String create(
            @RequestParam(name = "nom", defaultValue = "") String name,
            Principal principal,
            Model model,
            HttpServletResponse response) {
        ApiTokenAuthentication.refuse(principal);
        try {
            model.addAttribute("issued", tokens.issue(principal.getName(), name));
        } catch (UserInputException e) {
            model.addAttribute("error", e.getMessage());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return page(principal, model);
    }

    @PostMapping("/compte/jetons/{id}/revocation")
    String revoke(@PathVariable long id, Principal principal) {
        ApiTokenAuthentication.refuse(principal);
        if (!tokens.revoke(principal.getName(), id))
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun jeton " + id + " dans votre compte.");
        return "redirect:/compte/jetons?revoque";
    }

    private String page(Principal principal, Model model) {
        List<TokenView> views =
                tokens.of(principal.getName()).stream().map(TokenView::of).toList();
        model.addAttribute("tokens", views);
        model.addAttribute("maxNameLength", ApiTokens.MAX_NAME_LENGTH);
        return "account/tokens";
    }

    private static String paris(Instant instant) {
        return PARIS.format(instant);
    }
}
