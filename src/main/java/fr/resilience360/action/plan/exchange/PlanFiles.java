package fr.resilience360.action.plan.exchange;

import fr.resilience360.shared.Csv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A plan's {@link PlanTables} written as an XLSX workbook (one sheet per table, header row frozen, numbers as numbers,
 * dates as dates shown AAAA-MM-JJ (a note's date and time AAAA-MM-JJ HH:MM:SS), derived columns greyed, then « Lisez-moi ») or its « Actions » table as CSV for a
 * French Excel (separator {@code ;}, UTF-8 with a byte order mark, RFC 4180 quoting, CRLF, decimal point).
 */
final class PlanFiles {

    private PlanFiles() {}

    static void xlsx(Map<String, PlanTables.Table> tables, List<List<String>> readme, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            CellStyle derived = workbook.createCellStyle();
            derived.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            derived.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            for (var e : tables.entrySet()) {
                Sheet sheet = workbook.createSheet(e.getKey());
                sheet.createFreezePane(0, 1);
                List<String> columns = e.getValue().columns();
                Row header = sheet.createRow(0);
                for (int c = 0; c < columns.size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(columns.get(c));
                    if (PlanColumns.DERIVED.contains(columns.get(c))) cell.setCellStyle(derived);
                }
                int r = 1;
                for (List<Object> values : e.getValue().rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) set(row.createCell(c), values.get(c), date, dateTime);
                }
            }
            Sheet sheet = workbook.createSheet(PlanColumns.README);
            for (int r = 0; r < readme.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < readme.get(r).size(); c++)
                    row.createCell(c).setCellValue(readme.get(r).get(c));
            }
            workbook.write(out);
        }
    }

    static void csv(PlanTables.Table table, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        Csv.line(w, table.columns(), ';');
        for (List<Object> row : table.rows())
            Csv.line(w, row.stream().map(PlanFiles::text).toList(), ';');
        w.flush();
    }

    /** A cell as CSV text: empty when absent, ISO dates, numbers with a decimal point and no exponent. */
    static String text(Object cell) {
        if (cell == null) return "";
        if (cell instanceof BigDecimal d) return d.toPlainString();
        if (cell instanceof Double d)
            return d == Math.rint(d)
                    ? Long.toString(d.longValue())
                    : BigDecimal.valueOf(d).toPlainString();
        return cell.toString();
    }

    private static void set(Cell cell, Object value, CellStyle date, CellStyle dateTime) {
        if (value instanceof Number n) cell.setCellValue(n.doubleValue());
        else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(dateTime);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value != null && !value.toString().isEmpty()) cell.setCellValue(value.toString());
    }
}
