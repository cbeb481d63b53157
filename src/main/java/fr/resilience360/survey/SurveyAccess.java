package fr.resilience360.survey;

import fr.resilience360.account.Accounts;
import fr.resilience360.account.Action;
import fr.resilience360.account.Permissions;
import org.springframework.stereotype.Component;

/**
 * Who may open a territory's surveys and read their synthesis: the account module's one matrix
 * ({@link Permissions}). Opening a survey or changing its settings needs {@link Action#EDIT_DIAGNOSTICS} on the
 * territory, reading its synthesis or the territory's surveys page {@link Action#READ_DRAFTS}; refused, the API answers
 * 401 to an anonymous caller and 403 to others, and a page sends the first to sign in.
 */
@Component
class SurveyAccess {

    private final Accounts accounts;

    SurveyAccess(Accounts accounts) {
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
