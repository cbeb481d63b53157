package fr.resilience360.account;

import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Accepting an invitation: opening the link shows what it offers and a button (a mail scanner fetching the address
 * does not use it up); the button's POST accepts it once, signs the person in and lets them choose a password.
 */
@Controller
class InvitationController {

    private final Invitations invitations;
    private final Territories territories;
    private final LinkSignIn linkSignIn;

    InvitationController(Invitations invitations, Territories territories, LinkSignIn linkSignIn) {
        this.invitations = invitations;
        this.territories = territories;
        this.linkSignIn = linkSignIn;
    }

    /** An invitation as shown: the territory's name and the role's code. */
    record InvitationView(String email, String territoryName, String role) {}

    @GetMapping("/invitation/{token}")
    String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
        return page(token, invitations.pending(token), model, response);
    }

    @PostMapping("/invitation/{token}")
    String accept(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        Optional<Account> account = invitations.accept(token);
        if (account.isEmpty()) return page(token, Optional.empty(), model, response);
        linkSignIn.signIn(account.get(), request, response);
        return account.get().hasPassword() ? "redirect:/compte" : "redirect:/compte/mot-de-passe";
    }

    private String page(String token, Optional<Invitation> invitation, Model model, HttpServletResponse response) {
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitation.map(this::view).orElse(null));
        if (invitation.isEmpty()) response.setStatus(HttpStatus.GONE.value());
        return "account/invitation";
    }

    private InvitationView view(Invitation invitation) {
        String name = territories
                .find(invitation.territoryId())
                .map(TerritorySummary::name)
                .orElse(invitation.territoryId());
        return new InvitationView(invitation.email(), name, invitation.role().code());
    }
}
