package fr.resilience360.action.plan;

import fr.resilience360.referential.Need;
import fr.resilience360.referential.Referentials;
import fr.resilience360.shared.InvalidFieldsException;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.vulnerability.NeedScoreSource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The justification of a catalogue action added from the recommendations ({@code ?ajouter=<action>&besoin=<need>}):
 * the weak need that made it recommended, as a diagnostic line naming the need ({@link JustificationKind#LIGNE_DIAGNOSTIC},
 * reference the need's code), its score and its base at the time of adding — the same scores as the recommendations
 * ({@link NeedScoreSource}: the latest published diagnostic, else the open-data pre-fill). A need without a score
 * says so; no figure is ever made up.
 */
@Component
class WeakNeedJustification {

    private final NeedScoreSource scores;
    private final List<Need> needs;

    WeakNeedJustification(NeedScoreSource scores, Referentials referentials) {
        this.scores = scores;
        this.needs = referentials.byId(Referentials.DIAG360).needs();
    }

    /** The need of this code, if it is one of the Diag360 needs. */
    Optional<Need> need(String code) {
        if (code == null || code.isBlank()) return Optional.empty();
        return needs.stream().filter(n -> n.id().equals(code.strip())).findFirst();
    }

    /** The justification for this need of the territory, empty when no need is named; 400 for an unknown code. */
    Optional<Justification> of(TerritorySummary territory, String code) {
        if (code == null || code.isBlank()) return Optional.empty();
        Need need = need(code)
                .orElseThrow(() -> new InvalidFieldsException(
                        "Besoin inconnu.",
                        Map.of("besoin", "Aucun besoin du Diagnostic 360° n'a le code « " + code.strip() + " ».")));
        NeedScoreSource.Scores s = scores.of(territory);
        Double score = s.byNeed().get(need.id());
        String base = s.diagnosticId() != null
                ? "dernier diagnostic publié, n° " + s.diagnosticId()
                : "pré-remplissage par les données ouvertes";
        String figure =
                score == null ? "score non calculé" : String.format(Locale.FRANCE, "score %.2f sur 1 à l'ajout", score);
        return Optional.of(new Justification(
                JustificationKind.LIGNE_DIAGNOSTIC,
                need.id(),
                "Action recommandée pour le besoin faible « " + need.name() + " » (" + need.id() + ") : " + figure
                        + " (" + base + ")."));
    }

    /** What the plan's add form sends: only the justification (the catalogue gives the rest). */
    ActionInput input(TerritorySummary territory, String code) {
        return of(territory, code)
                .map(j -> ActionInput.justifiedBy(
                        new ActionInput.JustificationInput(j.kind().code(), j.reference(), j.text())))
                .orElse(ActionInput.EMPTY);
    }
}
