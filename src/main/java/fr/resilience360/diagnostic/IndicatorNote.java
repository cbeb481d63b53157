package fr.resilience360.diagnostic;

import fr.resilience360.referential.IndicatorRow;

/** The note of one row, NaN when missing (no answer, or an answer that cannot be scored). */
public record IndicatorNote(IndicatorRow row, String needName, CellValue value, double note) {

    public boolean hasNote() {
        return !Double.isNaN(note);
    }

    public Double noteOrNull() {
        return hasNote() ? note : null;
    }
}
