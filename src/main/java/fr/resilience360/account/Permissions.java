package fr.resilience360.account;

import static fr.resilience360.account.Action.EDIT_ASSIGNED_ROWS;
import static fr.resilience360.account.Action.EDIT_DIAGNOSTICS;
import static fr.resilience360.account.Action.READ_DRAFTS;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one permission matrix (issue 9, item 2): what each role may do on its own territory. Roles are cumulative,
 * {@code lecteur} reads drafts, {@code contributeur} also edits the rows assigned to them, {@code editeur} edits
 * everything, {@code admin} also publishes and manages members. Nobody may do anything on a territory where they have
 * no role, except a platform administrator, who may do everything everywhere. Every check of the product asks here.
 */
public final class Permissions {

    private static final Map<Role, Set<Action>> MATRIX = new EnumMap<>(Role.class);

    static {
        MATRIX.put(Role.LECTEUR, EnumSet.of(READ_DRAFTS));
        MATRIX.put(Role.CONTRIBUTEUR, EnumSet.of(READ_DRAFTS, EDIT_ASSIGNED_ROWS));
        MATRIX.put(Role.EDITEUR, EnumSet.of(READ_DRAFTS, EDIT_ASSIGNED_ROWS, EDIT_DIAGNOSTICS));
        MATRIX.put(Role.ADMIN, EnumSet.allOf(Action.class));
    }

    private Permissions() {}

    /** Whether a role allows an action on the territory where it is held. */
    public static boolean allows(Role role, Action action) {
        return MATRIX.get(role).contains(action);
    }

    /** Whether someone with this role on a territory (empty: none) may do the action there. */
    public static boolean allows(boolean platformAdmin, Optional<Role> role, Action action) {
        return platformAdmin || role.map(r -> allows(r, action)).orElse(false);
    }
}
