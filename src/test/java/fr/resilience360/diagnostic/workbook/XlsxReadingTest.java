package fr.resilience360.diagnostic.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.diagnostic.CellValue;
import fr.resilience360.referential.IndicatorRow;
import fr.resilience360.referential.Referential;
import fr.resilience360.referential.ReferentialFiles;
import fr.resilience360.referential.Referentials;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading a workbook with the JDK's XML parser gives exactly what Apache POI's full workbook model gave (the reading
 * used before, kept here as the reference): same values, kinds, comments and name, on the official workbook, the
 * reference cases (inline strings) and a workbook written by POI (shared strings, rich text, formulas' cached results,
 * booleans, errors, numeric comments).
 */
class XlsxReadingTest {

    private static final Referential DIAG360 = ReferentialFiles.fromClasspath(Referentials.DIAG360);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "referentials/diag360-1.3.5.xlsx",
                "diag360/oracle/random1-input.xlsx",
                "diag360/oracle/random2-input.xlsx",
                "diag360/oracle/random3-input.xlsx",
                "every kind of cell"
            })
    void readsWhatPoiReads(String workbook) throws Exception {
        byte[] xlsx = workbook.equals("every kind of cell") ? everyKindOfCell() : resource(workbook);

        WorkbookAnswers read = Diag360Workbook.read(new ByteArrayInputStream(xlsx), DIAG360);

        assertThat(read).isEqualTo(readWithPoi(xlsx));
        assertThat(read.values()).hasSize(124);
    }

    private static byte[] resource(String path) throws Exception {
        try (InputStream in = XlsxReadingTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    /** The official workbook with every kind of answer and comment a user or a tool may leave. */
    private static byte[] everyKindOfCell() throws Exception {
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(resource("referentials/diag360-1.3.5.xlsx")))) {
            Sheet sheet = workbook.getSheet(Diag360Workbook.SHEET);
            cell(sheet, 3, 7).setCellValue(0.97);
            cell(sheet, 4, 7).setCellValue("OUI");
            cell(sheet, 5, 7).setCellValue(true);
            cell(sheet, 6, 7).setCellErrorValue(FormulaError.NA.getCode());
            Cell formula = cell(sheet, 7, 7);
            formula.setCellFormula("\"Peut\"&\"-être\"");
            formula.setCellValue("Peut-être");
            Cell number = cell(sheet, 8, 7);
            number.setCellFormula("6*7");
            number.setCellValue(42);
            XSSFRichTextString rich = new XSSFRichTextString("Non, pas encore");
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            rich.applyFont(0, 3, bold);
            cell(sheet, 9, 7).setCellValue(rich);
            cell(sheet, 10, 7).setCellValue(-1.25e-7);
            cell(sheet, 3, 8).setCellValue("Rapport annuel du délégataire 2024");
            cell(sheet, 4, 8).setCellValue(12.5);
            cell(sheet, 5, 8).setCellValue(3);
            cell(sheet, 6, 8).setCellValue(1.0 / 3);
            cell(sheet, 1, 8).setCellValue("CA Lorient Agglomération");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row - 1);
        Cell cell = r.getCell(column);
        return cell == null ? r.createCell(column) : cell;
    }

    /** The reading of the first version, with POI's workbook model. */
    private static WorkbookAnswers readWithPoi(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(Diag360Workbook.SHEET);
            DataFormatter formatter = new DataFormatter();
            List<CellValue> values = new ArrayList<>();
            List<String> comments = new ArrayList<>();
            for (IndicatorRow row : DIAG360.rows()) {
                Row sheetRow = sheet.getRow(row.placement().sheetRow() - 1);
                values.add(valueOf(sheetRow.getCell(7)));
                Cell comment = sheetRow.getCell(8);
                String text = comment == null ? "" : formatter.formatCellValue(comment);
                comments.add(text.isBlank() ? null : text);
            }
            Cell nameCell = sheet.getRow(0).getCell(8);
            String name =
                    nameCell == null ? "" : formatter.formatCellValue(nameCell).strip();
            return new WorkbookAnswers(
                    name.isEmpty() || name.equalsIgnoreCase("NOM COLLECTIVITE") ? null : name, values, comments);
        }
    }

    private static CellValue valueOf(Cell cell) {
        if (cell == null) return CellValue.empty();
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> CellValue.number(cell.getNumericCellValue());
            case STRING -> CellValue.text(cell.getRichStringCellValue().getString());
            case BOOLEAN -> CellValue.bool(cell.getBooleanCellValue());
            case ERROR ->
                CellValue.error(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> CellValue.empty();
        };
    }
}
