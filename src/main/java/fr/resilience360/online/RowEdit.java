package fr.resilience360.online;

import fr.resilience360.diagnostic.CellValue;

/**
 * A change a person asks for on one row: the new answer, comment and source, and the justification required when the
 * answer replaces an open-data value.
 */
public record RowEdit(CellValue value, String comment, String source, String justification) {

    public RowEdit {
        comment = blankToNull(comment);
        source = blankToNull(source);
        justification = blankToNull(justification);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
