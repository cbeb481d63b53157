package fr.resilience360.diagnostic;

import java.math.BigDecimal;

/**
 * What a territory answered for one row, as a spreadsheet cell holds it: nothing, a number, a text, a boolean or an
 * error. Scoring follows the spreadsheet's own coercions, so the raw kind matters.
 */
public record CellValue(Kind kind, double number, String text) {

    public enum Kind {
        EMPTY,
        NUMBER,
        TEXT,
        BOOLEAN,
        ERROR
    }

    private static final CellValue EMPTY = new CellValue(Kind.EMPTY, Double.NaN, null);

    public static CellValue empty() {
        return EMPTY;
    }

    public static CellValue number(double value) {
        return new CellValue(Kind.NUMBER, value, null);
    }

    /** A text answer; an empty text is an empty cell. */
    public static CellValue text(String value) {
        return value == null || value.isEmpty() ? EMPTY : new CellValue(Kind.TEXT, Double.NaN, value);
    }

    public static CellValue bool(boolean value) {
        return new CellValue(Kind.BOOLEAN, value ? 1 : 0, null);
    }

    public static CellValue error(String code) {
        return new CellValue(Kind.ERROR, Double.NaN, code);
    }

    /** Whether the cell counts as filled (the workbook's COUNTA). */
    public boolean isFilled() {
        return kind != Kind.EMPTY;
    }

    /** The value as shown to a user: plain decimal numbers, text as typed, VRAI/FAUX; null when empty. */
    public String display() {
        switch (kind) {
            case NUMBER:
                if (Double.isNaN(number) || Double.isInfinite(number)) {
                    return Double.toString(number);
                }
                return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
            case BOOLEAN:
                return number == 1 ? "VRAI" : "FAUX";
            case TEXT:
            case ERROR:
                return text;
            default:
                return null;
        }
    }
}
