package fr.resilience360.online;

import fr.resilience360.account.Account;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Action;
import fr.resilience360.account.Membership;
import fr.resilience360.account.Permissions;
import fr.resilience360.account.Role;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritoryType;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what on a territory's diagnostics, asked of the account module's one matrix ({@link Permissions}). A
 * published diagnostic is public. A draft is known only to the territory's members (and, for a commune, to the members
 * of its EPCI whom the EPCI's administrators let read its communes' drafts): anybody else is told it does not exist (404), an anonymous visitor is sent
 * to sign in. Writing needs {@link Action#EDIT_DIAGNOSTICS}, or {@link Action#EDIT_ASSIGNED_ROWS} on a row assigned
 * to oneself; publishing needs {@link Action#PUBLISH}.
 */
@Component
public class DiagnosticAccess {

    private final Accounts accounts;
    private final TerritoryDirectory directory;

    DiagnosticAccess(Accounts accounts, TerritoryDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    /** What this person (null: anonymous) may do on the territory. */
    public Rights rights(Principal principal, String territoryId) {
        if (principal == null) return Rights.ANONYMOUS;
        Optional<Account> account = accounts.find(principal.getName()).filter(Account::enabled);
        if (account.isEmpty()) return new Rights(principal.getName(), Set.of(), false);
        List<Membership> memberships = accounts.memberships(account.get());
        Optional<Role> role = memberships.stream()
                .filter(m -> m.territoryId().equals(territoryId))
                .map(Membership::role)
                .findFirst();
        Set<Action> actions = EnumSet.noneOf(Action.class);
        for (Action action : Action.values())
            if (Permissions.allows(account.get().platformAdmin(), role, action)) actions.add(action);
        boolean reads = actions.contains(Action.READ_DRAFTS) || readsAsEpciMember(memberships, territoryId);
        return new Rights(account.get().email(), actions, reads);
    }

    /** The diagnostic if this person may read it; else 404 (signed in), or the sign-in page (anonymous). */
    public OnlineDiagnostic readable(OnlineDiagnostic diagnostic, Principal principal) {
        return readable(diagnostic, rights(principal, diagnostic.territoryId()));
    }

    /** As {@link #readable(OnlineDiagnostic, Principal)}, with the rights already read for this request. */
    public OnlineDiagnostic readable(OnlineDiagnostic diagnostic, Rights rights) {
        if (diagnostic.isPublished() || rights.readsDrafts()) return diagnostic;
        if (rights.email() == null) throw new AccessDeniedException("Connectez-vous pour lire ce brouillon.");
        throw OnlineDiagnostics.unknown(diagnostic.id());
    }

    /** For the API: the diagnostic if this person may read it; else 404, whether it exists or not. */
    public OnlineDiagnostic visible(OnlineDiagnostic diagnostic, Principal principal) {
        if (diagnostic.isPublished() || mayReadDrafts(principal, diagnostic.territoryId())) return diagnostic;
        throw OnlineDiagnostics.unknown(diagnostic.id());
    }

    public boolean mayReadDrafts(Principal principal, String territoryId) {
        return rights(principal, territoryId).readsDrafts();
    }

    public boolean allows(Principal principal, String territoryId, Action action) {
        return rights(principal, territoryId).allows(action);
    }

    /** Refuses (403, or the sign-in page when anonymous) unless this person may do the action on the territory. */
    public void require(Principal principal, String territoryId, Action action, String refusal) {
        if (principal == null) throw new AccessDeniedException("Connectez-vous pour continuer.");
        if (!allows(principal, territoryId, action)) throw new AccessDeniedException(refusal);
    }

    public boolean mayEdit(Principal principal, OnlineDiagnostic diagnostic, RowEntry row) {
        return rights(principal, diagnostic.territoryId()).mayEdit(diagnostic, row);
    }

    private boolean readsAsEpciMember(List<Membership> memberships, String communeId) {
        if (directory
                .find(communeId)
                .filter(t -> t.type() == TerritoryType.COMMUNE)
                .isEmpty()) return false;
        return memberships.stream()
                .filter(Membership::readsCommunes)
                .filter(m -> Permissions.allows(m.role(), Action.READ_DRAFTS))
                .filter(m -> directory
                        .find(m.territoryId())
                        .filter(t -> t.type() == TerritoryType.EPCI)
                        .isPresent())
                .anyMatch(m -> directory
                        .communesByParent()
                        .getOrDefault(m.territoryId(), List.of())
                        .contains(communeId));
    }
}
