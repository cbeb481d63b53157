package fr.resilience360.action.plan.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks for the import's tests: written from rows of text, read back as text cell by cell. */
final class PlanWorkbooks {

    private PlanWorkbooks() {}

    /** A workbook with these sheets, each a list of rows (the first is the header), every cell as text. */
    static byte[] of(Map<String, List<List<String>>> sheets) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++)
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data sheets of a workbook (not « Lisez-moi »), each row's cells as shown, every row as wide as the header. */
    static Map<String, List<List<String>>> read(byte[] xlsx) {
        DataFormatter f = new DataFormatter(Locale.ROOT);
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (PlanColumns.Sheet s : PlanColumns.SHEETS) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : workbook.getSheet(s.name())) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < s.columns().size(); c++) cells.add(f.formatCellValue(row.getCell(c)));
                    rows.add(cells);
                }
                sheets.put(s.name(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }

    /**
     * The sheets with every id replaced by its rank in its sheet (actions in « Actions », indicators in
     * « Indicateurs ») and the derived columns emptied: what must survive a round trip.
     */
    static Map<String, List<List<String>>> comparable(Map<String, List<List<String>>> sheets) {
        Map<String, String> actions = ranks(sheets.get(PlanColumns.ACTIONS));
        Map<String, String> indicators = ranks(sheets.get(PlanColumns.INDICATORS));
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        sheets.forEach((name, rows) -> {
            List<List<String>> copy = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = new ArrayList<>(rows.get(r));
                if (r > 0) {
                    switch (name) {
                        case PlanColumns.ACTIONS -> {
                            row.set(0, actions.get(row.get(0)));
                            row.set(1, row.get(1).isEmpty() ? "" : actions.get(row.get(1)));
                            row.set(21, "");
                            row.set(22, "");
                        }
                        case PlanColumns.BUDGET, PlanColumns.MILESTONES, PlanColumns.NOTES ->
                            row.set(0, actions.get(row.get(0)));
                        case PlanColumns.INDICATORS -> {
                            row.set(0, indicators.get(row.get(0)));
                            row.set(1, actions.get(row.get(1)));
                        }
                        case PlanColumns.POINTS -> row.set(0, indicators.get(row.get(0)));
                        default -> {}
                    }
                }
                copy.add(row);
            }
            out.put(name, copy);
        });
        return out;
    }

    private static Map<String, String> ranks(List<List<String>> rows) {
        Map<String, String> ranks = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) ranks.put(rows.get(r).get(0), "n° " + r);
        return ranks;
    }
}
