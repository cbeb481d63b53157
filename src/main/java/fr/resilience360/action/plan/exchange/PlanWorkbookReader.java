package fr.resilience360.action.plan.exchange;

import fr.resilience360.shared.UserInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a plan's workbook into text cells by column name, line by line (the line numbers of the spreadsheet: 1 is the
 * header), whatever the order of the columns: a date cell as AAAA-MM-JJ (AAAA-MM-JJ HH:MM:SS when it has a time), a whole number without decimals, a decimal
 * with a point. An absent sheet is read as empty, except « Actions »; an unknown column is an error (a typo would
 * silently lose a value); derived columns and « Lisez-moi » are ignored. Plain Java.
 */
final class PlanWorkbookReader {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    /** One line of a sheet: its number and each known column's text (a column absent from the sheet is absent). */
    record Line(int number, Map<String, String> cells) {

        String get(String column) {
            return cells.get(column);
        }

        String text(String column) {
            String value = cells.get(column);
            return value == null ? "" : value;
        }
    }

    /** The sheets read, by name, and the problems of their headers. */
    record Read(Map<String, List<Line>> sheets, List<PlanImportReport.Problem> problems) {

        List<Line> lines(String sheet) {
            return sheets.getOrDefault(sheet, List.of());
        }

        boolean has(String sheet) {
            return sheets.containsKey(sheet);
        }
    }

    private PlanWorkbookReader() {}

    static Read read(byte[] bytes) {
        if (bytes == null || bytes.length == 0)
            throw new UserInputException("Aucun fichier reçu : choisissez un classeur XLSX exporté d'un plan.");
        if (bytes.length > MAX_BYTES) throw new UserInputException("Le fichier dépasse 5 Mo.");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Map<String, List<Line>> sheets = new LinkedHashMap<>();
            List<PlanImportReport.Problem> problems = new ArrayList<>();
            for (PlanColumns.Sheet s : PlanColumns.SHEETS) {
                Sheet sheet = workbook.getSheet(s.name());
                if (sheet != null) sheets.put(s.name(), lines(sheet, s.columns(), problems));
            }
            if (!sheets.containsKey(PlanColumns.ACTIONS))
                problems.add(new PlanImportReport.Problem(
                        PlanColumns.ACTIONS, 0, null, "feuille absente : le classeur doit avoir une feuille Actions"));
            return new Read(sheets, problems);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserInputException u) throw u;
            throw new UserInputException(
                    "Ce fichier n'est pas un classeur XLSX lisible : exportez le plan en XLSX et importez ce fichier.",
                    e);
        }
    }

    private static List<Line> lines(Sheet sheet, List<String> columns, List<PlanImportReport.Problem> problems) {
        Row header = sheet.getRow(sheet.getFirstRowNum());
        Map<Integer, String> byIndex = new HashMap<>();
        if (header != null)
            for (Cell cell : header) {
                String name = text(cell);
                if (name.isEmpty() || PlanColumns.DERIVED.contains(name)) continue;
                if (columns.contains(name)) byIndex.put(cell.getColumnIndex(), name);
                else
                    problems.add(new PlanImportReport.Problem(
                            sheet.getSheetName(),
                            header.getRowNum() + 1,
                            name,
                            "colonne inconnue ; colonnes attendues : " + String.join(", ", columns)));
            }
        List<Line> lines = new ArrayList<>();
        for (Row row : sheet) {
            if (header == null || row.getRowNum() <= header.getRowNum()) continue;
            Map<String, String> cells = new LinkedHashMap<>();
            byIndex.values().forEach(name -> cells.put(name, ""));
            boolean empty = true;
            for (var e : byIndex.entrySet()) {
                String value = text(row.getCell(e.getKey()));
                cells.put(e.getValue(), value);
                empty &= value.isEmpty();
            }
            if (!empty) lines.add(new Line(row.getRowNum() + 1, cells));
        }
        return lines;
    }

    /** A cell as text (see the class comment); a formula as its cached result. */
    static String text(Cell cell) {
        if (cell == null) return "";
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> cell.getBooleanCellValue() ? "oui" : "non";
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime at = DateUtil.getLocalDateTime(cell.getNumericCellValue(), false, true);
                    yield at.toLocalTime().equals(LocalTime.MIDNIGHT)
                            ? at.toLocalDate().toString()
                            : at.format(DATE_TIME);
                }
                double d = cell.getNumericCellValue();
                yield d == Math.rint(d) && Math.abs(d) < 1e15
                        ? Long.toString((long) d)
                        : BigDecimal.valueOf(d).toPlainString();
            }
            default -> "";
        };
    }
}
