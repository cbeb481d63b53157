package fr.resilience360.account;

import fr.resilience360.shared.UserInputException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.function.Supplier;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A territory's members and invitations, for its administrators ({@link Action#MANAGE_MEMBERS}): inviting, changing a
 * member's role, letting a member of an EPCI read its communes' drafts, removing a member, revoking a pending
 * invitation ({@link Members}); anybody else signed in gets 403. The invitation link is e-mailed to the invited address when a mail server is configured, written
 * in the log otherwise ({@link AccountMail}), and shown on the page either way for the administrator to pass on.
 */
@Controller
class MembersController {

    private final Invitations invitations;
    private final Territories territories;
    private final AccountMail mail;
    private final Members members;

    MembersController(Invitations invitations, Territories territories, AccountMail mail, Members members) {
        this.invitations = invitations;
        this.territories = territories;
        this.mail = mail;
        this.members = members;
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

    @PostMapping("/compte/territoires/{id}/membres/role")
    String changeRole(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String role,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TerritorySummary territory = managed(id, principal);
        return change(territory, principal, new Outcome(model, response, redirect), () -> {
            Role chosen = Role.fromCode(role).orElseThrow(() -> new UserInputException("Choisissez un rôle."));
            members.changeRole(principal.getName(), territory.id(), email, chosen);
            return "Le rôle de " + email.strip() + " est désormais « " + chosen.code() + " ».";
        });
    }

    @PostMapping("/compte/territoires/{id}/membres/retrait")
    String remove(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String email,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TerritorySummary territory = managed(id, principal);
        return change(territory, principal, new Outcome(model, response, redirect), () -> {
            members.remove(principal.getName(), territory.id(), email);
            return email.strip() + " ne fait plus partie des membres.";
        });
    }

    @PostMapping("/compte/territoires/{id}/membres/communes")
    String readsCommunes(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "false") boolean lecture,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TerritorySummary territory = managed(id, principal);
        return change(territory, principal, new Outcome(model, response, redirect), () -> {
            members.setReadsCommunes(principal.getName(), territory.id(), email, lecture);
            return email.strip() + (lecture ? " lit désormais" : " ne lit plus") + " les brouillons des communes.";
        });
    }

    @PostMapping("/compte/territoires/{id}/invitations/revocation")
    String revoke(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String email,
            Principal principal,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        TerritorySummary territory = managed(id, principal);
        return change(territory, principal, new Outcome(model, response, redirect), () -> {
            members.revoke(principal.getName(), territory.id(), email);
            return "L'invitation de " + email.strip() + " est révoquée : son lien ne fonctionne plus.";
        });
    }

    /** Where a change's answer goes: the page again with a French error (400), or a redirect with a message. */
    private record Outcome(Model model, HttpServletResponse response, RedirectAttributes redirect) {}

    /**
     * Makes a change and goes back to the members page with what was done (or to {@code /compte} when the person no
     * longer manages the territory, e.g. after removing themselves), or shows the page with why it was refused.
     */
    private String change(TerritorySummary territory, Principal principal, Outcome outcome, Supplier<String> change) {
        try {
            outcome.redirect().addFlashAttribute("done", change.get());
        } catch (UserInputException e) {
            outcome.model().addAttribute("changeError", e.getMessage());
            outcome.response().setStatus(HttpStatus.BAD_REQUEST.value());
            return page(territory, outcome.model());
        }
        return invitations.mayManageMembers(principal.getName(), territory.id())
                ? "redirect:/compte/territoires/{id}/membres"
                : "redirect:/compte";
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
        model.addAttribute("territory", territory);
        model.addAttribute("members", invitations.members(territory.id()));
        model.addAttribute("invitations", members.pendingInvitations(territory.id()));
        model.addAttribute("roles", Stream.of(Role.values()).map(Role::code).toList());
        model.addAttribute("epci", territory.type() == TerritoryType.EPCI);
        return "account/members";
    }
}
