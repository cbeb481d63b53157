package fr.resilience360.diagnostic;

import java.util.regex.Pattern;

/**
 * How the workbook's formula {@code H-K} reads the answer of a numeric row: a number as is, a boolean as 1 or 0, and
 * a text only when the spreadsheet itself converts it (Excel, en-US conventions): a decimal with a point, optional
 * sign, exponent, surrounding spaces and a trailing « % » (« 97% » is 0.97). Anything else (« NC », « 0,97 », an
 * error) makes the formula fail: no note, an anomaly.
 */
final class SpreadsheetNumberRule {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private SpreadsheetNumberRule() {}

    /** @return the number the formula sees, or NaN when it gives #VALUE! */
    static double toNumber(CellValue value) {
        switch (value.kind()) {
            case NUMBER:
            case BOOLEAN:
                return value.number();
            case TEXT:
                return parse(value.text());
            default:
                return Double.NaN;
        }
    }

    private static double parse(String text) {
        String s = text.strip();
        double factor = 1;
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
            factor = 0.01;
        }
        return NUMBER.matcher(s).matches() ? Double.parseDouble(s) * factor : Double.NaN;
    }
}
