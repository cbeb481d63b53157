package fr.resilience360.diagnostic.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.diagnostic.CellValue;
import fr.resilience360.diagnostic.Diagnostic;
import fr.resilience360.diagnostic.DiagnosticScoring;
import fr.resilience360.referential.Referential;
import fr.resilience360.referential.ReferentialFiles;
import fr.resilience360.referential.Referentials;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class Diag360WorkbookTest {

    private static final Referential DIAG360 = ReferentialFiles.fromClasspath(Referentials.DIAG360);

    private static InputStream template() {
        return Diag360WorkbookTest.class.getClassLoader().getResourceAsStream("referentials/diag360-1.3.5.xlsx");
    }

    private static byte[] bytes(Workbook workbook) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    @Test
    void readsTheEmptyOfficialWorkbookAsUnanswered() {
        WorkbookAnswers answers = Diag360Workbook.read(template(), DIAG360);
        assertThat(answers.values()).hasSize(124).allMatch(v -> !v.isFilled());
        assertThat(answers.collectivite()).isNull();
    }

    @Test
    void writesADiagnosticBackIntoTheOfficialLayoutAndReadsItBackUnchanged() throws Exception {
        List<CellValue> values = new ArrayList<>(Collections.nCopies(124, CellValue.empty()));
        List<String> comments = new ArrayList<>(Collections.nCopies(124, (String) null));
        values.set(0, CellValue.number(0.97));
        values.set(1, CellValue.text("OUI"));
        values.set(2, CellValue.text("36"));
        values.set(3, CellValue.text("Peut-être"));
        values.set(10, CellValue.bool(true));
        comments.set(0, "Rapport annuel du délégataire 2024");
        WorkbookAnswers answers = new WorkbookAnswers("CC du Test", values, comments);
        Diagnostic diagnostic = new DiagnosticScoring(DIAG360).score(answers.valuesArray());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Diag360Workbook.write(DIAG360, answers, diagnostic, out);
        WorkbookAnswers reread = Diag360Workbook.read(new ByteArrayInputStream(out.toByteArray()), DIAG360);

        assertThat(reread).isEqualTo(answers);
        try (Workbook written = WorkbookFactory.create(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = written.getSheet(Diag360Workbook.SHEET);
            assertThat(sheet.getRow(2).getCell(9).getCellFormula())
                    .as("formulas are kept")
                    .contains("IF(H3");
            assertThat(sheet.getRow(2).getCell(9).getNumericCellValue())
                    .isEqualTo(diagnostic.indicators().get(0).note());
            assertThat(sheet.getRow(0).getCell(7).getNumericCellValue()).isEqualTo(5.0 / 124);
        }
    }

    @Test
    void rejectsWorkbookWithoutTheGridSheet() throws Exception {
        XSSFWorkbook other = new XSSFWorkbook();
        other.createSheet("Feuil1");
        assertThatThrownBy(() -> Diag360Workbook.read(new ByteArrayInputStream(bytes(other)), DIAG360))
                .isInstanceOf(WorkbookLayoutException.class)
                .hasMessageContaining("Feuille « Bornage définitif » introuvable")
                .hasMessageContaining("Feuil1");
    }

    @Test
    void rejectsWorkbookWhoseIdsDoNotMatchTheReferential() throws Exception {
        byte[] changed;
        try (Workbook workbook = WorkbookFactory.create(template())) {
            workbook.getSheet(Diag360Workbook.SHEET).getRow(22).getCell(0).setCellValue("bi2_i02");
            changed = bytes(workbook);
        }
        assertThatThrownBy(() -> Diag360Workbook.read(new ByteArrayInputStream(changed), DIAG360))
                .isInstanceOf(WorkbookLayoutException.class)
                .hasMessageContaining("ligne 23")
                .hasMessageContaining("« bv1_i03 » attendu")
                .hasMessageContaining("trouvé « bi2_i02 »");
    }

    @Test
    void rejectsAFileThatIsNotAWorkbook() {
        assertThatThrownBy(() -> Diag360Workbook.read(new ByteArrayInputStream("id;valeur".getBytes()), DIAG360))
                .isInstanceOf(WorkbookLayoutException.class)
                .hasMessageContaining("n'est pas un classeur Excel lisible");
    }
}
