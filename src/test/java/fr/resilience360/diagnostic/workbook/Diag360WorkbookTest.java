package fr.resilience360.diagnostic.workbook;

import static fr.resilience360.diagnostic.DiagnosticFixtures.answersAt;
import static fr.resilience360.diagnostic.DiagnosticFixtures.commentsAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.diagnostic.CellValue;
import fr.resilience360.diagnostic.Diagnostic;
import fr.resilience360.diagnostic.DiagnosticScoring;
import fr.resilience360.referential.Referential;
import fr.resilience360.referential.ReferentialFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class Diag360WorkbookTest {

    private static final Referential DIAG360 = ReferentialFixtures.diag360();

    private static byte[] bytes(Workbook workbook) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    @Test
    void readsTheEmptyOfficialWorkbookAsUnanswered() {
        WorkbookAnswers answers = Diag360Workbook.read(ReferentialFixtures.diag360Workbook(), DIAG360);
        assertThat(answers.values()).hasSize(124).allMatch(v -> !v.isFilled());
        assertThat(answers.collectivite()).isNull();
    }

    @Test
    void writesADiagnosticBackIntoTheOfficialLayoutAndReadsItBackUnchanged() throws Exception {
        WorkbookAnswers answers = new WorkbookAnswers(
                "CC du Test",
                answersAt(Map.of(
                        0, CellValue.number(0.97),
                        1, CellValue.text("OUI"),
                        2, CellValue.text("36"),
                        3, CellValue.text("Peut-être"),
                        10, CellValue.bool(true))),
                commentsAt(Map.of(0, "Rapport annuel du délégataire 2024")));
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
        try (Workbook workbook = WorkbookFactory.create(ReferentialFixtures.diag360Workbook())) {
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
