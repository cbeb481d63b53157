package fr.resilience360.action.plan;

import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CatalogueAction;
import fr.resilience360.action.PlannedActions;
import fr.resilience360.referential.Referentials;
import fr.resilience360.shared.InvalidFieldsException;
import fr.resilience360.shared.NotFoundException;
import fr.resilience360.territory.TerritorySummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * A territory's action plan: created on its first action, actions added from the catalogue (its id, title, needs,
 * levers, cost, difficulty, delay and co-benefits copied) or custom, sub-actions one level deep, changes checked by
 * {@link ActionInputRule} and refused when stale, every change kept in the history. Also tells the rest of the module
 * which catalogue actions are planned ({@link PlannedActions}).
 */
@Service
public class Plans implements PlannedActions {

    private final PlanRepository plans;
    private final PlanActionRepository actions;
    private final PlanMembers members;
    private final Catalogue catalogue;
    private final Set<String> needs;

    Plans(
            PlanRepository plans,
            PlanActionRepository actions,
            PlanMembers members,
            Catalogue catalogue,
            Referentials referentials) {
        this.plans = plans;
        this.actions = actions;
        this.members = members;
        this.catalogue = catalogue;
        this.needs = referentials.byId(Referentials.DIAG360).needs().stream()
                .map(n -> n.id())
                .collect(Collectors.toSet());
    }

    @Override
    public Set<String> catalogueIds(String territoryId) {
        return plans.catalogueIds(territoryId);
    }

    public Optional<Plan> find(String territoryId) {
        return plans.find(territoryId);
    }

    Plan ensure(TerritorySummary territory, String by) {
        return plans.findOrCreate(territory.id(), "Plan d'action de " + territory.name(), by);
    }

    /**
     * Adds an action: from the catalogue when {@code catalogueId} is given (the input may override its copied values),
     * else custom. {@code parentId}: a top-level action of the plan, for a sub-action.
     */
    public PlanAction add(TerritorySummary territory, String catalogueId, Long parentId, ActionInput input, String by) {
        Plan plan = ensure(territory, by);
        if (parentId != null) requireTopLevel(plan, parentId);
        ActionInput given = input == null ? ActionInput.EMPTY : input;
        if (catalogueId != null && !catalogueId.isBlank()) given = given.over(fromCatalogue(catalogueId.strip()));
        ActionFields fields = parse(territory, given);
        var set = FieldChanges.between(null, ActionInput.of(fields, given.pilote()));
        String kept = catalogueId == null || catalogueId.isBlank() ? null : catalogueId.strip();
        long id = actions.insert(plan.id(), parentId, kept, fields, set, by);
        return actions.find(plan.id(), id).orElseThrow();
    }

    /** Changes an action read at {@code version} with the values given (null: unchanged); 409 when stale. */
    public PlanAction update(
            TerritorySummary territory, PlanAction current, int version, ActionInput change, String by) {
        ActionInput stored = ActionInput.of(current.fields(), pilotEmail(territory, current));
        ActionInput merged = change.over(stored);
        ActionFields fields = parse(territory, merged);
        if (version != current.version()) throw PlanActionRepository.stale(current);
        var changes = FieldChanges.between(stored, ActionInput.of(fields, blankToNull(merged.pilote())));
        if (changes.isEmpty()) return current;
        actions.update(current, version, fields, changes, by);
        return actions.find(current.planId(), current.id()).orElseThrow();
    }

    /**
     * Removes an action read at {@code version} from the plan, with its sub-actions and all they hold, in one
     * transaction; 409 when stale. The history keeps who removed which action and when; the catalogue action may be
     * added again. The number of sub-actions removed with it.
     */
    public int remove(PlanAction current, int version, String by) {
        if (version != current.version()) throw PlanActionRepository.stale(current);
        List<PlanAction> subActions = actions.subActions(current);
        actions.delete(current, version, subActions, by);
        return subActions.size();
    }

    public void setWeights(TerritorySummary territory, Weights weights, String by) {
        Plan plan = ensure(territory, by);
        plans.setWeights(plan, weights, by);
    }

    public void rename(TerritorySummary territory, String title, String by) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > 200)
            throw new InvalidFieldsException(
                    "Titre refusé.", Map.of("titre", "Donnez un titre de 1 à 200 caractères."));
        plans.rename(ensure(territory, by), t, by);
    }

    /** An action of the territory's plan, or 404. */
    public PlanAction require(String territoryId, long actionId) {
        return plans.find(territoryId)
                .flatMap(p -> actions.find(p.id(), actionId))
                .orElseThrow(() -> new NotFoundException(
                        "Action inconnue", "Le plan de ce territoire n'a pas d'action n° " + actionId + "."));
    }

    /** The pilot's address when the pilot is a member's account, else null. */
    public String pilotEmail(TerritorySummary territory, PlanAction action) {
        Long pilot = action.fields().pilotAccountId();
        return pilot == null ? null : members.byId(territory.id()).get(pilot);
    }

    private ActionInput fromCatalogue(String id) {
        CatalogueAction a = catalogue
                .action(id)
                .orElseThrow(() -> new InvalidFieldsException(
                        "Action du catalogue inconnue.",
                        Map.of("catalogue", "Aucune action du catalogue n'a l'identifiant « " + id + " ».")));
        return ActionInput.of(
                new ActionFields(
                        a.title(),
                        a.summary(),
                        PlanStatus.A_VENIR,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Traits.of(a)),
                null);
    }

    private void requireTopLevel(Plan plan, long parentId) {
        PlanAction parent = actions.find(plan.id(), parentId)
                .orElseThrow(() -> new InvalidFieldsException(
                        "Action parente inconnue.", Map.of("parent", "Le plan n'a pas d'action n° " + parentId + ".")));
        if (!SubActions.mayHaveSubActions(parent))
            throw new InvalidFieldsException("Un seul niveau de sous-actions.", Map.of("parent", SubActions.REFUSAL));
    }

    private ActionFields parse(TerritorySummary territory, ActionInput input) {
        return ActionInputRule.parse(input, needs, email -> members.idOf(territory.id(), email));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    List<PlanAction> actionsOf(Plan plan) {
        return actions.ofPlan(plan.id());
    }
}
