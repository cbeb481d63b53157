package fr.resilience360.diagnostic;

/**
 * Note of a numeric row, from Diag360 v1.3.5, sheet « Bornage définitif », column J:
 * {@code IF((H-K)/(L-K)>1, 1, IF((H-K)/(L-K)<0, 0, (H-K)/(L-K)))}: linear from the value scored 0 (K) to the value
 * scored 1 (L), clamped to [0, 1], whichever way the thresholds go. When L = K the spreadsheet gives #DIV/0!: no note.
 */
final class LinearNoteRule {

    private LinearNoteRule() {}

    /** @return the note, or NaN when the thresholds are equal */
    static double note(double value, double lower, double upper) {
        double t = (value - lower) / (upper - lower);
        if (Double.isNaN(t) || Double.isInfinite(t)) {
            return Double.NaN;
        }
        if (t > 1) {
            return 1;
        }
        return t <= 0 ? 0 : t; // also turns -0.0 into 0, which a spreadsheet never shows
    }
}
