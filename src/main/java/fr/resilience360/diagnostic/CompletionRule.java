package fr.resilience360.diagnostic;

/**
 * Completion rate (« Avancement »), from Diag360 v1.3.5, sheet « Bornage définitif », cell H1:
 * {@code COUNTA(H3:H299)/COUNTA(B3:B299)}: rows with any answer (even one that cannot be scored) over all rows.
 */
final class CompletionRule {

    private CompletionRule() {}

    static double completion(int filledRows, int allRows) {
        return allRows == 0 ? 0 : (double) filledRows / allRows;
    }
}
