package fr.resilience360.diagnostic.workbook;

import fr.resilience360.diagnostic.CellValue;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * The cells of some columns of one sheet, as a spreadsheet stores them: their cached values (the workbook's formulas
 * are not evaluated), with the coercions Apache POI applies, so that reading gives what POI gave.
 */
final class SheetCells {

    /** A stored cell: its type attribute ({@code n}, {@code s}, {@code str}, {@code inlineStr}, {@code b}, {@code e}). */
    record Cell(String type, String stored, String formula) {

        /** The typed value, as POI's cached formula result or cell value. */
        CellValue value() {
            String value = stored;
            switch (type) {
                case "s", "str", "inlineStr", "d":
                    return CellValue.text(value);
                case "b":
                    return CellValue.bool("1".equals(value) || "true".equalsIgnoreCase(value));
                case "e":
                    return CellValue.error(value);
                default:
                    if (value == null || value.isBlank()) {
                        return formula == null ? CellValue.empty() : CellValue.number(0);
                    }
                    return CellValue.number(Double.parseDouble(value));
            }
        }

        /**
         * The cell as shown without evaluating formulas, as POI's {@code DataFormatter} shows it; numbers in the General
         * format (a comment or an id is text in practice).
         */
        String formatted() {
            if (formula != null) return formula;
            String value = stored;
            switch (type) {
                case "b":
                    return "1".equals(value) ? "TRUE" : "FALSE";
                case "n":
                    if (value == null || value.isBlank()) return "";
                    return new DataFormatter().formatRawCellContents(Double.parseDouble(value), 0, "General");
                default:
                    return value == null ? "" : value;
            }
        }
    }

    private final Map<Long, Cell> cells;

    private SheetCells(Map<Long, Cell> cells) {
        this.cells = cells;
    }

    /** The cells of these columns (0 for A) of the named sheet, which must exist. */
    static SheetCells read(XlsxPackage xlsx, String sheet, Set<Integer> columns) throws IOException {
        Map<Long, Cell> cells = new HashMap<>();
        try {
            XMLStreamReader xml = xlsx.sheet(sheet);
            int row = 0;
            int column = -1;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) continue;
                if (xml.getLocalName().equals("row")) {
                    String r = xml.getAttributeValue(null, "r");
                    row = r == null ? row + 1 : Integer.parseInt(r);
                    column = -1;
                } else if (xml.getLocalName().equals("c")) {
                    String ref = xml.getAttributeValue(null, "r");
                    column = ref == null ? column + 1 : column(ref);
                    String type = xml.getAttributeValue(null, "t");
                    Cell cell = cell(xml, type == null ? "n" : type, xlsx);
                    if (columns.contains(column)) cells.put(key(row, column), cell);
                }
            }
            return new SheetCells(cells);
        } catch (XMLStreamException | RuntimeException e) {
            throw new IOException("feuille « " + sheet + " » illisible : " + e.getMessage(), e);
        }
    }

    /** The cell at a row (1 for the first) and column (0 for A); null when absent. */
    Cell at(int row, int column) {
        return cells.get(key(row, column));
    }

    private static Cell cell(XMLStreamReader xml, String type, XlsxPackage xlsx) throws XMLStreamException {
        String value = null;
        String formula = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            switch (xml.getLocalName()) {
                case "v" -> value = xml.getElementText();
                case "f" -> formula = xml.getElementText();
                case "is" -> value = XlsxPackage.text(xml);
                default -> {}
            }
        }
        if (type.equals("s") && value != null && !value.isBlank()) {
            value = xlsx.sharedString(Integer.parseInt(value.trim()));
        }
        return new Cell(type, value, formula);
    }

    /** The column of a reference such as {@code H12}: 7. */
    private static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    private static long key(int row, int column) {
        return (long) row * 20_000 + column;
    }
}
