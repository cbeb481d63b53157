package fr.resilience360.referential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The YAML referential is the official workbook's grid, row by row (sheet « Bornage définitif », rows 3–126). */
class ReferentialFileMatchesWorkbookTest {

    private static final Referential DIAG360 = ReferentialFiles.fromClasspath(Referentials.DIAG360);
    private static Sheet sheet;

    @BeforeAll
    static void openWorkbook() throws Exception {
        try (InputStream in = ReferentialFixtures.diag360Workbook()) {
            Workbook workbook = WorkbookFactory.create(in);
            sheet = workbook.getSheet("Bornage définitif");
        }
    }

    static List<IndicatorRow> rows() {
        return DIAG360.rows();
    }

    @Test
    void holdsTheWorkbooks124RowsOf11NeedsInWorkbookOrder() {
        assertThat(DIAG360.rows()).hasSize(124);
        assertThat(DIAG360.needs()).hasSize(11);
        assertThat(DIAG360.rows())
                .extracting(r -> r.placement().sheetRow())
                .isSorted()
                .startsWith(3)
                .endsWith(126);
        assertThat(text(sheet.getRow(126), 0)).isEmpty();
    }

    @Test
    void repeatsTheAgentReferentRowOnceInEachNeed() {
        assertThat(DIAG360.rows().stream().filter(r -> r.id().equals("bv1_i03")))
                .extracting(IndicatorRow::need)
                .doesNotHaveDuplicates()
                .hasSize(11);
    }

    @Test
    void carriesTheAttributionAndLicenceOfDiag360() {
        assertThat(DIAG360.attribution()).isEqualTo("Diag360 — Konsilion, CC BY-NC-SA 3.0 FR");
        assertThat(DIAG360.licence()).isEqualTo("CC BY-NC-SA 3.0 FR");
    }

    @ParameterizedTest(name = "ligne {0}")
    @MethodSource("rows")
    void matchesTheWorkbookRow(IndicatorRow row) {
        IndicatorRow.Placement placement = row.placement();
        IndicatorRow.Definition definition = row.definition();
        IndicatorRow.Scoring scoring = row.scoring();
        Row cells = sheet.getRow(placement.sheetRow() - 1);
        Need need = DIAG360.need(placement.need());
        assertThat(text(cells, 0)).isEqualTo(placement.id());
        assertThat(text(cells, 1)).isEqualTo(need.category().workbookLabel());
        assertThat(text(cells, 2)).isEqualTo(need.name());
        assertThat(text(cells, 3)).isEqualTo(definition.designation());
        assertThat(nullable(text(cells, 4))).isEqualTo(definition.primarySource());
        assertThat(nullable(text(cells, 5))).isEqualTo(definition.secondarySource());
        assertThat(text(cells, 6)).isEqualTo(definition.unit());
        String bornage = text(cells, 15);
        assertThat(bornage.isEmpty() ? null : BornageType.valueOf(bornage.toUpperCase()))
                .isEqualTo(scoring.bornage());
        boolean ordinal = cells.getCell(9).getCellFormula().contains("SWITCH");
        assertThat(scoring.valueType()).isEqualTo(ordinal ? ValueType.ORDINAL : ValueType.NUMERIC);
        if (ordinal) {
            assertThat(scoring.labels()).containsExactly(text(cells, 12), text(cells, 13), text(cells, 14));
            assertThat(scoring.scale()).isEqualTo(Scale.NONE);
        } else {
            assertThat(scoring.anchors())
                    .isEqualTo(new Anchors(number(cells, 12), number(cells, 13), number(cells, 14)));
            assertThat(scoring.scale()).isEqualTo(expectedScale(row));
        }
        assertThat(placement.objective()).isNotNull();
        assertThat(placement.kind()).isNotNull();
        assertThat(scoring.curveK()).isZero();
    }

    private static Scale expectedScale(IndicatorRow row) {
        if (!row.unit().contains("%")) {
            return Scale.RAW;
        }
        Anchors a = row.scoring().anchors();
        boolean fraction = List.of(
                        a.zero() == null ? 0 : a.zero(), a.half() == null ? 0 : a.half(), a.one() == null ? 0 : a.one())
                .stream()
                .allMatch(v -> Math.abs(v) <= 1);
        return fraction ? Scale.FRACTION : Scale.PERCENT;
    }

    private static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null
                ? ""
                : new DataFormatter().formatCellValue(cell, null).strip().isEmpty()
                        ? (cell.getCellType() == CellType.FORMULA ? cell.getStringCellValue() : "")
                        : cell.getCellType() == CellType.FORMULA
                                ? cell.getStringCellValue()
                                : new DataFormatter().formatCellValue(cell);
    }

    private static String nullable(String text) {
        return text.isEmpty() ? null : text;
    }

    private static Double number(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null || cell.getCellType() == CellType.BLANK ? null : cell.getNumericCellValue();
    }
}
