package fr.resilience360.online;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How notes and scores (0 to 1) are shown: a colour class on a red-yellow-green scale and a French figure. */
final class NoteClasses {

    private NoteClasses() {}

    static String of(Double note) {
        return note == null ? "" : "note-" + Math.min(4, (int) Math.floor(note * 5));
    }

    static String text(Double note) {
        return note == null
                ? "—"
                : BigDecimal.valueOf(note)
                        .setScale(2, RoundingMode.HALF_UP)
                        .toPlainString()
                        .replace('.', ',');
    }
}
