package fr.resilience360.survey;

import fr.resilience360.shared.Csv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A survey's {@link ExportTable} written as CSV for a French Excel (separator {@code ;}, UTF-8 with a byte order
 * mark, RFC 4180 quoting, lines ended by CRLF), as an XLSX workbook (one sheet, numbers as numbers, the header row
 * frozen) or as JSON (lists as arrays, absent answers as {@code null}).
 */
final class ExportFiles {

    private ExportFiles() {}

    static void csv(ExportTable table, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        Csv.line(w, table.columns(), ';');
        for (List<Object> row : table.rows())
            Csv.line(w, row.stream().map(ExportTable::text).toList(), ';');
        w.flush();
    }

    static void xlsx(ExportTable table, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet("Réponses");
            sheet.createFreezePane(0, 1);
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.columns().size(); c++)
                header.createCell(c).setCellValue(table.columns().get(c));
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) set(row.createCell(c), values.get(c));
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** The survey, its columns and one object per response with every column, in the columns' order. */
    static Map<String, Object> json(Survey survey, ExportTable table) {
        List<Map<String, Object>> responses = table.rows().stream()
                .map(row -> {
                    Map<String, Object> response = new LinkedHashMap<>();
                    for (int c = 0; c < row.size(); c++)
                        response.put(table.columns().get(c), row.get(c));
                    return response;
                })
                .toList();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("enquete", survey.id());
        document.put("modele", survey.template());
        document.put("version", survey.questionnaire().version());
        document.put("colonnes", table.columns());
        document.put("reponses", responses);
        return document;
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof Number n) cell.setCellValue(n.doubleValue());
        else if (value != null) cell.setCellValue(ExportTable.text(value));
    }
}
