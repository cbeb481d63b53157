package fr.resilience360.action.plan.exchange;

import java.util.List;
import java.util.Map;

/**
 * What an import did or would do: every problem by sheet, line and column, and how many rows of each kind it imports.
 *
 * @param dryRun a check only: nothing kept
 * @param imported whether the file is now the plan's content (false on a dry run or when there is a problem)
 * @param replaced how many actions the plan held before (replaced by the file's)
 * @param counts by sheet name, the rows read (actions, sub-actions, budget lines…)
 */
public record PlanImportReport(
        boolean dryRun, boolean imported, int replaced, List<Problem> problems, Map<String, Integer> counts) {

    /** {@code line} 0: the whole sheet; {@code column} null: the whole line. */
    public record Problem(String sheet, int line, String column, String message) {

        /** « Feuille Actions, ligne 7, colonne statut : … ». */
        public String text() {
            return "Feuille " + sheet + (line > 0 ? ", ligne " + line : "")
                    + (column == null ? "" : ", colonne " + column) + " : " + message;
        }
    }

    private static final Map<String, String> LABELS = Map.of(
            "actions", "Actions",
            "sous_actions", "Sous-actions",
            "budget", "Lignes de budget",
            "jalons", "Jalons",
            "indicateurs", "Indicateurs",
            "points", "Valeurs d'indicateurs (résultats et objectifs)",
            "notes", "Notes",
            "ponderations", "Pondérations (critères)");

    /** The counts in French, « Actions : 3 », in the order of the sheets. */
    public List<String> summary() {
        return counts.entrySet().stream()
                .map(e -> LABELS.getOrDefault(e.getKey(), e.getKey()) + " : " + e.getValue())
                .toList();
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
