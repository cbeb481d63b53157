package fr.resilience360.online;

import fr.resilience360.diagnostic.IndicatorNote;
import fr.resilience360.diagnostic.NoteClasses;
import fr.resilience360.referential.IndicatorRow;

/**
 * One row as a page shows it: its definition, what is stored, its note, and whether the person looking may change it.
 */
public record LineView(IndicatorRow row, RowEntry entry, IndicatorNote note, boolean editable) {

    /** Five colour classes of a note, as on the pre-filled portrait: [0, 0.2[ … [0.8, 1]; empty without a note. */
    public String noteClass() {
        return NoteClasses.of(note.noteOrNull());
    }

    /** The note in French, « 0,75 », or « — ». */
    public String noteText() {
        return NoteClasses.text(note.noteOrNull());
    }

    public String expected() {
        return ValueInputRule.expected(row);
    }

    /** The value as a French person types it: decimal comma. */
    public String inputValue() {
        String shown = entry.value().display();
        return shown == null ? "" : row.isNumeric() ? shown.replace('.', ',') : shown;
    }

    public boolean ordinal() {
        return !row.isNumeric();
    }

    public int sheetRow() {
        return row.placement().sheetRow();
    }
}
