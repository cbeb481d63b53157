package fr.resilience360.diagnostic;

import fr.resilience360.referential.ReferentialFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Answers and workbooks for the diagnostic module's tests, in the Diag360 grid's row order. */
public final class DiagnosticFixtures {

    private DiagnosticFixtures() {}

    /** One answer per Diag360 row: {@code byIndex} (0 = sheet row 3) where given, every other row left empty. */
    public static List<CellValue> answersAt(Map<Integer, CellValue> byIndex) {
        List<CellValue> values = new ArrayList<>(Collections.nCopies(rowCount(), CellValue.empty()));
        byIndex.forEach(values::set);
        return values;
    }

    /** One comment per Diag360 row: {@code byIndex} where given, null elsewhere. */
    public static List<String> commentsAt(Map<Integer, String> byIndex) {
        List<String> comments = new ArrayList<>(Collections.nCopies(rowCount(), (String) null));
        byIndex.forEach(comments::set);
        return comments;
    }

    /** The filled workbook of a reference case computed with the workbook's own formulas (see {@link OracleCases}). */
    public static InputStream oracleWorkbook(String oracleCase) {
        return OracleCases.input(oracleCase);
    }

    /** A reference case whose values the test does not look at. */
    public static String anyOracleCase() {
        return OracleCases.CASES.get(0);
    }

    /** A copy of the filled workbook of {@code oracleCase} in {@code dir}, for code that reads files. */
    public static Path oracleWorkbookFile(Path dir, String oracleCase) {
        Path file = dir.resolve(oracleCase + ".xlsx");
        try (InputStream in = oracleWorkbook(oracleCase)) {
            Files.copy(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static int rowCount() {
        return ReferentialFixtures.diag360().rows().size();
    }
}
