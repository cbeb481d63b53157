package fr.resilience360.action.boussole;

import fr.resilience360.account.Action;
import fr.resilience360.online.DiagnosticAccess;
import fr.resilience360.online.Rights;
import fr.resilience360.shared.NotFoundException;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may do what with a territory's Boussole assessments, asked of the account module's one matrix (through
 * {@link DiagnosticAccess}). Reading needs {@link Action#READ_DRAFTS} (the territory's members); anybody else is told
 * nothing exists (404; an anonymous visitor of a page is sent to sign in). Creating needs
 * {@link Action#EDIT_ASSIGNED_ROWS} (contributeurs and above); editing needs {@link Action#EDIT_DIAGNOSTICS} (editors
 * and administrators), or {@link Action#EDIT_ASSIGNED_ROWS} on an assessment one created oneself; deleting needs
 * {@link Action#EDIT_DIAGNOSTICS}. A member refused gets 403, an anonymous caller 401 or the sign-in page.
 */
@Component
class BoussoleAccess {

    private static final String EDITORS = "Il faut être éditeur ou administrateur du territoire.";

    private final DiagnosticAccess access;

    BoussoleAccess(DiagnosticAccess access) {
        this.access = access;
    }

    /** The caller's rights if they may read; else 404, or sign-in for an anonymous visitor of a page. */
    Rights reader(Principal principal, String territoryId, boolean page) {
        Rights rights = access.rights(principal, territoryId);
        if (rights.allows(Action.READ_DRAFTS)) return rights;
        if (principal == null && page) throw new AccessDeniedException("Connectez-vous pour continuer.");
        String unknown = "Rien de ce territoire ne vous est accessible ici.";
        if (page) throw new ResponseStatusException(HttpStatus.NOT_FOUND, unknown);
        throw new NotFoundException("Introuvable", unknown);
    }

    /** The caller's rights if they may create an assessment; else as {@link #reader}, or 401, or 403. */
    Rights creator(Principal principal, String territoryId, boolean page) {
        Rights rights = member(principal, territoryId, page);
        if (!mayCreate(rights))
            throw new AccessDeniedException("Il faut être contributeur, éditeur ou administrateur du territoire.");
        return rights;
    }

    /** Refuses (403) unless these rights, of a signed-in member ({@link #member}), may change this assessment. */
    void editor(Rights rights, Assessment assessment) {
        if (!mayEdit(rights, assessment))
            throw new AccessDeniedException(
                    "Il faut être éditeur du territoire, ou contributeur auteur de l'évaluation.");
    }

    /** The caller's rights if they may delete an assessment; else as {@link #creator}. */
    Rights deleter(Principal principal, String territoryId, boolean page) {
        Rights rights = member(principal, territoryId, page);
        if (!mayDelete(rights)) throw new AccessDeniedException(EDITORS);
        return rights;
    }

    static boolean mayCreate(Rights rights) {
        return rights.allows(Action.EDIT_ASSIGNED_ROWS) || rights.allows(Action.EDIT_DIAGNOSTICS);
    }

    static boolean mayEdit(Rights rights, Assessment assessment) {
        return rights.allows(Action.EDIT_DIAGNOSTICS)
                || (rights.allows(Action.EDIT_ASSIGNED_ROWS) && assessment.createdBy(rights.email()));
    }

    static boolean mayDelete(Rights rights) {
        return rights.allows(Action.EDIT_DIAGNOSTICS);
    }

    /** The rights of a signed-in member; else 401 or sign-in (anonymous), 404 (not a member). */
    Rights member(Principal principal, String territoryId, boolean page) {
        if (principal == null) throw new AccessDeniedException("Connectez-vous pour continuer.");
        return reader(principal, territoryId, page);
    }
}
