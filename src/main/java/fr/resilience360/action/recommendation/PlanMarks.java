package fr.resilience360.action.recommendation;

import fr.resilience360.account.Accounts;
import fr.resilience360.account.Action;
import fr.resilience360.account.Permissions;
import fr.resilience360.action.PlannedActions;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Which recommended actions are « déjà dans le plan »: told only to those who may read the territory's private pages
 * ({@link Action#READ_DRAFTS} in {@link Permissions}); anonymous visitors and others get no mark at all. Without a plan
 * module ({@link PlannedActions} absent), nothing is marked.
 */
@Component
class PlanMarks {

    private final Accounts accounts;
    private final ObjectProvider<PlannedActions> plans;

    PlanMarks(Accounts accounts, ObjectProvider<PlannedActions> plans) {
        this.accounts = accounts;
        this.plans = plans;
    }

    /** The catalogue ids in the territory's plan, or empty when the person of this request may not know them. */
    Optional<Set<String>> planned(String territoryId) {
        if (!mayRead(territoryId)) return Optional.empty();
        PlannedActions planned = plans.getIfAvailable();
        return Optional.of(planned == null ? Set.of() : Set.copyOf(planned.catalogueIds(territoryId)));
    }

    private boolean mayRead(String territoryId) {
        return accounts.currentMay(territoryId, Action.READ_DRAFTS);
    }
}
