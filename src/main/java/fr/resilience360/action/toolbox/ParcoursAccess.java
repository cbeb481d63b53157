package fr.resilience360.action.toolbox;

import fr.resilience360.account.Accounts;
import fr.resilience360.account.Action;
import fr.resilience360.account.Permissions;
import org.springframework.stereotype.Component;

/**
 * Who may read and change a territory's parcours, from the account module's one matrix ({@link Permissions}): reading
 * needs {@link Action#READ_DRAFTS} on the territory, changing {@link Action#EDIT_DIAGNOSTICS}. Refused, the API answers
 * 401 to an anonymous caller and 403 to others, and a page sends the first to sign in.
 */
@Component
class ParcoursAccess {

    private final Accounts accounts;

    ParcoursAccess(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The address of the person of this request, if they may do the action on the territory; else refused. */
    String require(String territoryId, Action action, String refusal) {
        return accounts.requireCurrent(territoryId, action, refusal);
    }

    /** Whether the person of this request (anonymous: no) may do the action on the territory. */
    boolean allows(String territoryId, Action action) {
        return accounts.currentMay(territoryId, action);
    }
}
