package fr.resilience360.diagnostic;

import java.util.List;

/**
 * Note of an ordinal row, from Diag360 v1.3.5, sheet « Bornage définitif », column J:
 * {@code IFERROR(SWITCH(H, M, 0, N, 0.5, O, 1), "")}. The spreadsheet compares texts case-insensitively (« NON »
 * matches « Non »), stops at the first label that matches, and never matches a number with a label; an answer that
 * matches no label gives no note.
 */
final class OrdinalNoteRule {

    private static final double[] NOTES = {0, 0.5, 1};

    private OrdinalNoteRule() {}

    /** @return 0, 0.5 or 1, or NaN when the answer is not one of the labels */
    static double note(CellValue value, List<String> labels) {
        if (value.kind() != CellValue.Kind.TEXT) {
            return Double.NaN;
        }
        for (int i = 0; i < labels.size() && i < NOTES.length; i++) {
            String label = labels.get(i);
            if (label != null && !label.isEmpty() && label.equalsIgnoreCase(value.text())) {
                return NOTES[i];
            }
        }
        return Double.NaN;
    }
}
