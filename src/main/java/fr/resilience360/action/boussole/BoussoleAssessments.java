package fr.resilience360.action.boussole;

import fr.resilience360.shared.NotFoundException;
import fr.resilience360.territory.TerritorySummary;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The Boussole assessments a territory saves: checked whole before anything is written ({@link AssessmentInput}), one
 * transaction per save. Who may do what is for the callers to ask ({@link BoussoleAccess}).
 */
@Service
public class BoussoleAssessments {

    private final BoussoleRepository repository;

    BoussoleAssessments(BoussoleRepository repository) {
        this.repository = repository;
    }

    /** The new assessment's id. */
    public long create(TerritorySummary territory, AssessmentInput input, String by) {
        return repository.insert(territory.id(), input.draft(), by);
    }

    /** Replaces the subject and the answers. */
    public void update(Assessment assessment, AssessmentInput input, String by) {
        AssessmentInput.Draft draft = input.draft();
        if (!repository.update(assessment.id(), draft, by)) throw unknown(assessment.id());
    }

    public void delete(Assessment assessment) {
        repository.delete(assessment.id());
    }

    /** A territory's assessments, the latest first. */
    public List<Assessment> of(TerritorySummary territory) {
        return repository.ofTerritory(territory.id());
    }

    /** The assessment if it is this territory's; else 404 (an id of another territory is not told apart). */
    public Assessment require(TerritorySummary territory, long id) {
        return repository
                .find(id)
                .filter(a -> a.territoryId().equals(territory.id()))
                .orElseThrow(() -> unknown(id));
    }

    static NotFoundException unknown(long id) {
        return new NotFoundException(
                "Évaluation inconnue", "Aucune évaluation n° " + id + " de ce territoire ne vous est accessible.");
    }
}
