package fr.resilience360.online;

import fr.resilience360.diagnostic.IndicatorNote;
import fr.resilience360.diagnostic.NeedScore;
import fr.resilience360.diagnostic.NoteClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two diagnostics of the same territory: each need's score, and row by row the rows whose answer
 * or note differs (with both values and notes).
 */
public record Evolution(
        ScoredDiagnostic before, ScoredDiagnostic after, List<NeedChange> needs, List<RowDifference> rows) {

    public record NeedChange(String need, Double before, Double after) {
        public String beforeText() {
            return NoteClasses.text(before);
        }

        public String afterText() {
            return NoteClasses.text(after);
        }

        /** « +0,12 », « −0,05 », « = », or « — » when one of the two has no score. */
        public String deltaText() {
            if (before == null || after == null) return "—";
            double delta = Math.round((after - before) * 100) / 100.0;
            if (delta == 0) return "=";
            return (delta > 0 ? "+" : "−") + NoteClasses.text(Math.abs(delta));
        }
    }

    public record RowDifference(
            int sheetRow,
            String need,
            String designation,
            String before,
            String after,
            Double noteBefore,
            Double noteAfter) {
        public String noteBeforeText() {
            return NoteClasses.text(noteBefore);
        }

        public String noteAfterText() {
            return NoteClasses.text(noteAfter);
        }
    }

    static Evolution between(ScoredDiagnostic before, ScoredDiagnostic after) {
        List<NeedChange> needs = new ArrayList<>();
        for (int i = 0; i < after.scores().needs().size(); i++) {
            NeedScore a = after.scores().needs().get(i);
            needs.add(new NeedChange(
                    a.need().name(), before.scores().needs().get(i).score(), a.score()));
        }
        List<RowDifference> rows = new ArrayList<>();
        for (int i = 0; i < after.scores().indicators().size(); i++) {
            IndicatorNote a = after.scores().indicators().get(i);
            IndicatorNote b = before.scores().indicators().get(i);
            if (Objects.equals(a.value(), b.value()) && Objects.equals(a.noteOrNull(), b.noteOrNull())) continue;
            rows.add(new RowDifference(
                    a.row().placement().sheetRow(),
                    a.needName(),
                    a.row().designation(),
                    b.value().display(),
                    a.value().display(),
                    b.noteOrNull(),
                    a.noteOrNull()));
        }
        return new Evolution(before, after, needs, rows);
    }
}
