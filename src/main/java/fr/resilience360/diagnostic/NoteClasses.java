package fr.resilience360.diagnostic;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How notes and scores (0 to 1) are shown on every page: one of five colour classes on a red-yellow-green scale
 * ({@code note-0} for [0, 0.2[ … {@code note-4} for [0.8, 1]) and a French figure with two decimals.
 */
public final class NoteClasses {

    private NoteClasses() {}

    public static String of(Double note) {
        return note == null ? "" : "note-" + Math.min(4, (int) Math.floor(note * 5));
    }

    public static String text(Double note) {
        return note == null
                ? "—"
                : BigDecimal.valueOf(note)
                        .setScale(2, RoundingMode.HALF_UP)
                        .toPlainString()
                        .replace('.', ',');
    }
}
