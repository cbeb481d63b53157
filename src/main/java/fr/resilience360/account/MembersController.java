package fr.resilience360.account;

import fr.resilience360.shared.UserInputException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * signed in gets 403. No mail server is configured yet: the invitation link is shown on the page (and written in the
 * log) for the administrator to pass on.
 */
@Controller
class MembersController {

    private static final Logger log = LoggerFactory.getLogger(MembersController.class);

    private final Invitations invitations;
    private final Territories territories;

    MembersController(Invitations invitations, Territories territories) {
        this.invitations = invitations;
        this.territories = territories;
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
            log.info("Invitation de {} sur {} comme {} : {}", email.strip(), territory.id(), chosen.code(), link.url());
            model.addAttribute("link", link);
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
