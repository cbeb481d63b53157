package fr.resilience360.action.toolbox;

import fr.resilience360.account.Action;
import fr.resilience360.shared.NotFoundException;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A territory's parcours, the tools its team plans to use in order: members ({@link Action#READ_DRAFTS}) read it,
 * editors ({@link Action#EDIT_DIAGNOSTICS}) add, change, move and remove steps, or copy the suggested parcours. Every
 * method checks the caller's rights first.
 */
@Service
class Parcours {

    /** The suggested parcours, in the order of the phases: one tool or two per phase. */
    static final List<String> SUGGESTED = List.of(
            "atelier-restitution-diagnostic",
            "enquete-collective",
            "atelier-chaines-impact",
            "cafe-debat",
            "forum-ouvert",
            "atelier-plan-actions",
            "exercice-crise-simule",
            "revue-annuelle-resilience");

    private final Territories territories;
    private final ParcoursAccess access;
    private final ParcoursRepository repository;
    private final Toolbox toolbox;

    Parcours(Territories territories, ParcoursAccess access, ParcoursRepository repository, Toolbox toolbox) {
        this.territories = territories;
        this.access = access;
        this.repository = repository;
        this.toolbox = toolbox;
        SUGGESTED.forEach(toolbox::require);
    }

    /** The tools of the suggested parcours. */
    List<Tool> suggested() {
        return SUGGESTED.stream().map(toolbox::require).toList();
    }

    /** The territory of this code, or a 404 naming the code. */
    TerritorySummary territory(String code) {
        return territories
                .find(code)
                .orElseThrow(() ->
                        new NotFoundException("Territoire inconnu", "Aucun territoire n'a le code " + code + "."));
    }

    /** The territory's steps, for its members. */
    List<ParcoursStep> read(TerritorySummary territory) {
        access.require(
                territory.id(),
                Action.READ_DRAFTS,
                "Seuls les membres de " + territory.name() + " voient le parcours du territoire.");
        return repository.steps(territory.id());
    }

    /** Whether the person of this request may change the territory's parcours. */
    boolean mayEdit(TerritorySummary territory) {
        return access.allows(territory.id(), Action.EDIT_DIAGNOSTICS);
    }

    /** Adds a step at the end; the new step. */
    ParcoursStep add(TerritorySummary territory, Map<String, ?> fields) {
        String by = requireEditor(territory);
        StepChanges step = StepChanges.parse(fields, toolbox, true);
        long id = repository.append(territory.id(), List.of(step), by).get(0);
        return step(territory, id);
    }

    /** Adds the suggested parcours at the end of the territory's; the number of steps added. */
    int copySuggested(TerritorySummary territory) {
        String by = requireEditor(territory);
        return repository
                .append(
                        territory.id(),
                        SUGGESTED.stream().map(StepChanges::forTool).toList(),
                        by)
                .size();
    }

    /** Changes the fields sent of a step; the step as it now is. */
    ParcoursStep change(TerritorySummary territory, long stepId, Map<String, ?> fields) {
        String by = requireEditor(territory);
        StepChanges changes = StepChanges.parse(fields, toolbox, false);
        if (!repository.change(territory.id(), stepId, changes, by)) throw unknown(territory, stepId);
        return step(territory, stepId);
    }

    /** Moves a step one place up or down (nothing when it is already first or last). */
    void move(TerritorySummary territory, long stepId, boolean up) {
        String by = requireEditor(territory);
        if (!repository.move(territory.id(), stepId, up ? -1 : 1, by)) throw unknown(territory, stepId);
    }

    void delete(TerritorySummary territory, long stepId) {
        requireEditor(territory);
        if (!repository.delete(territory.id(), stepId)) throw unknown(territory, stepId);
    }

    private ParcoursStep step(TerritorySummary territory, long id) {
        return repository.step(territory.id(), id).orElseThrow(() -> unknown(territory, id));
    }

    private String requireEditor(TerritorySummary territory) {
        return access.require(
                territory.id(),
                Action.EDIT_DIAGNOSTICS,
                "Seuls les éditeurs et administrateurs de " + territory.name() + " modifient le parcours.");
    }

    private static NotFoundException unknown(TerritorySummary territory, long stepId) {
        return new NotFoundException(
                "Étape inconnue", "Le parcours de " + territory.name() + " n'a pas d'étape n° " + stepId + ".");
    }
}
