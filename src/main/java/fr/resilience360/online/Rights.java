package fr.resilience360.online;

import fr.resilience360.account.Action;
import java.util.Set;

/**
 * What one person may do on one territory, read once per request from the permission matrix.
 *
 * @param email null for an anonymous visitor
 * @param actions the matrix's actions this person holds on the territory
 * @param readsDrafts whether they read its drafts (as a member, or as a member of the EPCI a commune belongs to)
 */
public record Rights(String email, Set<Action> actions, boolean readsDrafts) {

    static final Rights ANONYMOUS = new Rights(null, Set.of(), false);

    public boolean allows(Action action) {
        return actions.contains(action);
    }

    /** Every row as an editor; as a contributor, the rows assigned to them; nothing in a published version. */
    public boolean mayEdit(OnlineDiagnostic diagnostic, RowEntry row) {
        if (diagnostic.isPublished() || email == null) return false;
        return allows(Action.EDIT_DIAGNOSTICS)
                || (email.equalsIgnoreCase(String.valueOf(row.assignedTo())) && allows(Action.EDIT_ASSIGNED_ROWS));
    }
}
