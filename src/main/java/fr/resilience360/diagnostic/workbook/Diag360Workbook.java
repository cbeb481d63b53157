package fr.resilience360.diagnostic.workbook;

import fr.resilience360.diagnostic.CellValue;
import fr.resilience360.diagnostic.Diagnostic;
import fr.resilience360.diagnostic.IndicatorNote;
import fr.resilience360.referential.IndicatorRow;
import fr.resilience360.referential.Referential;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads and writes the layout of the official Diag360 workbook (sheet « Bornage définitif »: ids in column A from
 * row 3, answers in H, comments in I, notes in J, completion in H1). The workbook's formulas are not trusted on
 * reading: the engine recomputes every note. On writing, the answers go into a copy of the official workbook with the
 * engine's notes as the formulas' cached results, and Excel is asked to recalculate on opening.
 */
public final class Diag360Workbook {

    public static final String SHEET = "Bornage définitif";

    private static final int ID = 0;
    private static final int VALUE = 7;
    private static final int COMMENT = 8;
    private static final int NOTE = 9;
    private static final String NAME_PLACEHOLDER = "NOM COLLECTIVITE";

    private Diag360Workbook() {}

    /** Reads the answers of a filled workbook, checking that its rows are the referential's, id by id. */
    public static WorkbookAnswers read(InputStream xlsx, Referential referential) {
        return read(xlsx, () -> referential);
    }

    /**
     * As {@link #read(InputStream, Referential)}, asking for the referential once the workbook is open: the command
     * line reads both files at the same time. Reads the grid sheet alone, with the JDK's XML parser ({@link
     * XlsxPackage}): a second where POI takes three.
     */
    public static WorkbookAnswers read(InputStream xlsx, Supplier<Referential> referentialOnceOpen) {
        XlsxPackage workbook = openPackage(xlsx);
        if (!workbook.hasSheet(SHEET)) throw missingSheet(workbook.sheetNames());
        Referential referential = referentialOnceOpen.get();
        SheetCells sheet;
        try {
            sheet = SheetCells.read(workbook, SHEET, Set.of(ID, VALUE, COMMENT));
        } catch (IOException e) {
            throw new WorkbookLayoutException("Lecture du classeur impossible : " + e.getMessage(), e);
        }
        checkLayout(referential, row -> formatted(sheet.at(row, ID)));
        List<CellValue> values = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        for (IndicatorRow row : referential.rows()) {
            SheetCells.Cell value = sheet.at(row.placement().sheetRow(), VALUE);
            values.add(value == null ? CellValue.empty() : value.value());
            String comment = formatted(sheet.at(row.placement().sheetRow(), COMMENT));
            comments.add(comment.isBlank() ? null : comment);
        }
        return new WorkbookAnswers(collectivite(formatted(sheet.at(1, COMMENT))), values, comments);
    }

    /**
     * Writes answers and their diagnostic into a copy of the official workbook ({@code referentials/<id>.xlsx} on the
     * classpath), keeping its formulas.
     */
    public static void write(Referential referential, WorkbookAnswers answers, Diagnostic diagnostic, OutputStream out)
            throws IOException {
        String template = "referentials/" + referential.id() + ".xlsx";
        try (InputStream in = Diag360Workbook.class.getClassLoader().getResourceAsStream(template)) {
            if (in == null) {
                throw new IllegalStateException("Modèle de classeur introuvable : " + template);
            }
            try (Workbook workbook = open(in)) {
                Sheet sheet = gridSheet(workbook);
                DataFormatter formatter = new DataFormatter();
                checkLayout(referential, row -> {
                    Row sheetRow = sheet.getRow(row - 1);
                    Cell cell = sheetRow == null ? null : sheetRow.getCell(ID);
                    return cell == null ? "" : formatter.formatCellValue(cell);
                });
                List<IndicatorRow> rows = referential.rows();
                for (int i = 0; i < rows.size(); i++) {
                    Row sheetRow = sheet.getRow(rows.get(i).placement().sheetRow() - 1);
                    writeValue(cell(sheetRow, VALUE), answers.values().get(i));
                    String comment = answers.comments().get(i);
                    if (comment == null) {
                        cell(sheetRow, COMMENT).setBlank();
                    } else {
                        cell(sheetRow, COMMENT).setCellValue(comment);
                    }
                    writeNote(cell(sheetRow, NOTE), diagnostic.indicators().get(i));
                }
                if (answers.collectivite() != null) {
                    cell(sheet.getRow(0), COMMENT).setCellValue(answers.collectivite());
                }
                Cell completion = cell(sheet.getRow(0), VALUE);
                if (completion.getCellType() == CellType.FORMULA) {
                    completion.setCellValue(diagnostic.completion());
                }
                workbook.setForceFormulaRecalculation(true);
                workbook.write(out);
            }
        }
    }

    private static Workbook open(InputStream in) {
        try {
            return WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            throw new WorkbookLayoutException(
                    "Le fichier n'est pas un classeur Excel lisible (.xlsx attendu) : " + e.getMessage(), e);
        }
    }

    private static XlsxPackage openPackage(InputStream in) {
        try {
            return XlsxPackage.read(in);
        } catch (IOException | RuntimeException e) {
            throw new WorkbookLayoutException(
                    "Le fichier n'est pas un classeur Excel lisible (.xlsx attendu) : " + e.getMessage(), e);
        }
    }

    private static Sheet gridSheet(Workbook workbook) {
        Sheet sheet = workbook.getSheet(SHEET);
        if (sheet == null) {
            List<String> names = new ArrayList<>();
            workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
            throw missingSheet(names);
        }
        return sheet;
    }

    private static WorkbookLayoutException missingSheet(List<String> names) {
        return new WorkbookLayoutException("Feuille « " + SHEET + " » introuvable : ce classeur n'a pas la "
                + "structure Diag360 (feuilles présentes : " + String.join(", ", names) + ").");
    }

    /** Checks that column A holds the referential's ids, row by row ({@code idAt} gives the text of a row's id). */
    private static void checkLayout(Referential referential, IntFunction<String> idAt) {
        for (IndicatorRow row : referential.rows()) {
            String found = idAt.apply(row.placement().sheetRow()).strip();
            if (!row.id().equals(found)) {
                throw new WorkbookLayoutException(
                        "Feuille « " + SHEET + " », ligne " + row.placement().sheetRow()
                                + " : identifiant « " + row.id() + " » attendu en colonne A, "
                                + (found.isEmpty() ? "cellule vide" : "trouvé « " + found + " »")
                                + ". Ce classeur ne suit pas la structure du référentiel " + referential.id() + ".");
            }
        }
    }

    private static String formatted(SheetCells.Cell cell) {
        return cell == null ? "" : cell.formatted();
    }

    private static String collectivite(String cell) {
        String name = cell.strip();
        return name.isEmpty() || name.equalsIgnoreCase(NAME_PLACEHOLDER) ? null : name;
    }

    private static void writeValue(Cell cell, CellValue value) {
        switch (value.kind()) {
            case NUMBER:
                cell.setCellValue(value.number());
                break;
            case TEXT:
                cell.setCellValue(value.text());
                break;
            case BOOLEAN:
                cell.setCellValue(value.number() == 1);
                break;
            case ERROR:
                cell.setCellErrorValue(FormulaError.forString(value.text()).getCode());
                break;
            default:
                cell.setBlank();
        }
    }

    private static void writeNote(Cell cell, IndicatorNote note) {
        if (note.hasNote()) {
            cell.setCellValue(note.note());
        } else {
            cell.setCellValue("");
        }
    }

    private static Cell cell(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? row.createCell(column) : cell;
    }
}
