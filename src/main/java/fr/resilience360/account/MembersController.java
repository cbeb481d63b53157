package fr.resilience360.account;

import fr.resilience360.shared.UserInputException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A territory's members and invitations, for its administrators ({@link Action#MANAGE_MEMBERS}); anybody else
 * signed in gets 403. The invitation link is e-mailed to the invited address when a mail server is configured, written
 * in the log otherwise ({@link AccountMail}), and shown on the page either way for the administrator to pass on.
 */
@Controller
class MembersController {

    private final Invitations invitations;
    private final Territories territories;
    private final AccountMail mail;

    MembersController(Invitations invitations, Territories territories, AccountMail mail) {
        this.invitations = invitations;
        this.territories = territories;
        this.mail = mail;
    }

    @GetMapping("/compte/territoires/{id}/membres")
    String members(@PathVariable String id, Principal principal, Model model) {
        return page(managed(id, principal), model);
    }

    @PostMapping("/compte/territoires/{id}/membres")
    String invite(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String role,
            Principal principal,
            Model model,
            HttpServletResponse response) {
        TerritorySummary territory = managed(id, principal);
        try {
            Role chosen = Role.fromCode(role).orElseThrow(() -> new UserInputException("Choisissez un rôle."));
            SignInLink link = invitations.invite(principal.getName(), email, territory.id(), chosen);
            model.addAttribute("link", link);
            model.addAttribute("mailed", mail.sendInvitation(Emails.normalize(email), territory.name(), chosen, link));
        } catch (UserInputException e) {
            model.addAttribute("error", e.getMessage());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return page(territory, model);
    }

    /** The territory, when it exists and the signed-in person may manage its members. */
    private TerritorySummary managed(String id, Principal principal) {
        TerritorySummary territory = territories
                .find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Territoire inconnu : " + id));
        if (!invitations.mayManageMembers(principal.getName(), territory.id()))
            throw new AccessDeniedException("Seul un administrateur du territoire gère ses membres.");
        return territory;
    }

    private String page(TerritorySummary territory, Model model) {
        List<Member> members = invitations.members(territory.id());
        model.addAttribute("territory", territory);
        model.addAttribute("members", members);
        model.addAttribute("roles", Stream.of(Role.values()).map(Role::code).toList());
        return "account/members";
    }
}
