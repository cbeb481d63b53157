package fr.resilience360.online;

import fr.resilience360.diagnostic.IndicatorNote;
import fr.resilience360.diagnostic.workbook.Diag360Workbook;
import fr.resilience360.diagnostic.workbook.WorkbookAnswers;
import fr.resilience360.referential.Referential;
import fr.resilience360.shared.Csv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A diagnostic's exports: the official Diag360 workbook (answers in column H, comment and source in column I, the
 * engine's notes as the formulas' cached results) and a CSV of values and notes (UTF-8, comma, RFC 4180 quoting).
 */
final class DiagnosticExports {

    static final List<String> CSV_COLUMNS = List.of(
            "row",
            "id",
            "besoin",
            "designation",
            "unite",
            "valeur",
            "note",
            "origine",
            "commentaire",
            "source",
            "justification",
            "donnees_ouvertes_valeur",
            "donnees_ouvertes_annee",
            "revision");

    private DiagnosticExports() {}

    static void workbook(Referential referential, ScoredDiagnostic scored, String territoryName, OutputStream out)
            throws IOException {
        List<fr.resilience360.diagnostic.CellValue> values = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        for (RowEntry row : scored.rows()) {
            values.add(row.value());
            comments.add(comment(row));
        }
        Diag360Workbook.write(referential, new WorkbookAnswers(territoryName, values, comments), scored.scores(), out);
    }

    static void csv(ScoredDiagnostic scored, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Csv.line(w, CSV_COLUMNS);
        List<IndicatorNote> notes = scored.scores().indicators();
        for (int i = 0; i < notes.size(); i++) {
            IndicatorNote note = notes.get(i);
            RowEntry row = scored.rows().get(i);
            OpenDataValue open = row.openData();
            Csv.line(
                    w,
                    List.of(
                            String.valueOf(row.sheetRow()),
                            row.indicatorId(),
                            note.needName(),
                            note.row().designation(),
                            text(note.row().unit()),
                            text(row.value().display()),
                            note.hasNote() ? String.valueOf(note.note()) : "",
                            row.origin().code(),
                            text(row.comment()),
                            text(row.source()),
                            text(row.justification()),
                            open == null ? "" : String.valueOf(open.value()),
                            open == null || open.year() == null ? "" : String.valueOf(open.year()),
                            String.valueOf(row.revision())));
        }
        w.flush();
    }

    /** Column I: the comment, then the source when there is one. */
    static String comment(RowEntry row) {
        if (row.source() == null) return row.comment();
        return row.comment() == null ? "Source : " + row.source() : row.comment() + " — Source : " + row.source();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
