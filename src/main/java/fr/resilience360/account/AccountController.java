package fr.resilience360.account;

import fr.resilience360.shared.UserInputException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in person's own pages under {@code /compte} (protected by the web shell's security configuration). */
@Controller
class AccountController {

    private final Accounts accounts;
    private final Territories territories;

    AccountController(Accounts accounts, Territories territories) {
        this.accounts = accounts;
        this.territories = territories;
    }

    /** A membership as shown: the territory's name when it is known, the role's code, a link to its members. */
    record MembershipView(String territoryId, String territoryName, String role, boolean managesMembers) {}

    @GetMapping("/compte")
    String account(Principal principal, @RequestParam Map<String, String> flags, Model model) {
        Account account = accounts.find(principal.getName()).orElseThrow();
        List<MembershipView> memberships = accounts.memberships(account).stream()
                .map(m -> new MembershipView(
                        m.territoryId(),
                        territories
                                .find(m.territoryId())
                                .map(TerritorySummary::name)
                                .orElse(m.territoryId()),
                        m.role().code(),
                        Permissions.allows(account.platformAdmin(), Optional.of(m.role()), Action.MANAGE_MEMBERS)))
                .toList();
        model.addAttribute("account", account);
        model.addAttribute("memberships", memberships);
        model.addAttribute("passwordSaved", flags.containsKey("motDePasseEnregistre"));
        return "account/account";
    }

    @GetMapping("/compte/mot-de-passe")
    String passwordForm(Model model) {
        model.addAttribute("minLength", Accounts.MIN_PASSWORD_LENGTH);
        return "account/password";
    }

    @PostMapping("/compte/mot-de-passe")
    String setPassword(
            Principal principal,
            @RequestParam(name = "motDePasse", defaultValue = "") String password,
            @RequestParam(name = "confirmation", defaultValue = "") String confirmation,
            Model model,
            HttpServletResponse response) {
        ApiTokenAuthentication.refuse(principal);
        try {
            accounts.setPassword(principal.getName(), password, confirmation);
            return "redirect:/compte?motDePasseEnregistre";
        } catch (UserInputException e) {
            model.addAttribute("error", e.getMessage());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return passwordForm(model);
        }
    }
}
