package fr.resilience360.account;

/**
 * A person's role on one territory ({@code territoryId}: the territory module's identifier, e.g. {@code 200042174}).
 *
 * @param readsCommunes on an EPCI: whether its administrators let this member read the drafts of its communes'
 *     diagnostics too (never unless given)
 */
public record Membership(String territoryId, Role role, boolean readsCommunes) {

    /** A role on a territory, without reading its communes' drafts. */
    public Membership(String territoryId, Role role) {
        this(territoryId, role, false);
    }
}
