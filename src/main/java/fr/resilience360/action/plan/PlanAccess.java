package fr.resilience360.action.plan;

import fr.resilience360.account.Action;
import fr.resilience360.online.DiagnosticAccess;
import fr.resilience360.online.Rights;
import fr.resilience360.shared.NotFoundException;
import java.security.Principal;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may do what with a territory's action plan, asked of the account module's one matrix (through
 * {@link DiagnosticAccess}), as for the other private pages: reading needs {@link Action#READ_DRAFTS} (anybody else
 * is told it does not exist, 404; an anonymous visitor of a page is sent to sign in). Adding actions, the plan's title
 * and weights need {@link Action#EDIT_DIAGNOSTICS} (editors, administrators, platform administrators). Changing an
 * action — its fields, budget, milestones, indicators, notes — needs {@link Action#EDIT_DIAGNOSTICS}, or
 * {@link Action#EDIT_ASSIGNED_ROWS} when the caller is the action's pilot: a contributeur edits only the actions (and
 * sub-actions) they pilot themselves, not the sub-actions of an action they pilot.
 */
@Component
public class PlanAccess {

    private final DiagnosticAccess access;
    private final PlanMembers members;

    PlanAccess(DiagnosticAccess access, PlanMembers members) {
        this.access = access;
        this.members = members;
    }

    /** The caller's rights if they may read; else 404, or sign-in for an anonymous visitor of a page. */
    public Rights reader(Principal principal, String territoryId, boolean page) {
        Rights rights = access.rights(principal, territoryId);
        if (rights.allows(Action.READ_DRAFTS)) return rights;
        if (principal == null && page) throw new AccessDeniedException("Connectez-vous pour continuer.");
        String unknown = "Rien de ce territoire ne vous est accessible ici.";
        if (page) throw new ResponseStatusException(HttpStatus.NOT_FOUND, unknown);
        throw new NotFoundException("Introuvable", unknown);
    }

    /** Before a change: 401 or sign-in when anonymous, else the caller's rights if they may read (404 otherwise). */
    public Rights signedInReader(Principal principal, String territoryId, boolean page) {
        if (principal == null) throw new AccessDeniedException("Connectez-vous pour continuer.");
        return reader(principal, territoryId, page);
    }

    /** The caller's rights if they edit the whole plan; else 401 or sign-in, 404 (non-member), 403 (member). */
    public Rights editor(Principal principal, String territoryId, boolean page) {
        if (principal == null) throw new AccessDeniedException("Connectez-vous pour continuer.");
        Rights rights = reader(principal, territoryId, page);
        if (!rights.allows(Action.EDIT_DIAGNOSTICS))
            throw new AccessDeniedException("Il faut être éditeur ou administrateur du territoire.");
        return rights;
    }

    /** The caller's rights if they may change this action; else as {@link #editor}. */
    Rights actionEditor(Principal principal, String territoryId, PlanAction action, boolean page) {
        if (principal == null) throw new AccessDeniedException("Connectez-vous pour continuer.");
        Rights rights = reader(principal, territoryId, page);
        if (!mayEdit(rights, territoryId, action))
            throw new AccessDeniedException(
                    "Seuls les éditeurs du territoire et le pilote de l'action (contributeur) la modifient.");
        return rights;
    }

    boolean mayEdit(Rights rights, String territoryId, PlanAction action) {
        if (rights.allows(Action.EDIT_DIAGNOSTICS)) return true;
        if (!rights.allows(Action.EDIT_ASSIGNED_ROWS) || action.fields().pilotAccountId() == null) return false;
        return members.idOf(territoryId, rights.email())
                .map(id -> Objects.equals(id, action.fields().pilotAccountId()))
                .orElse(false);
    }
}
