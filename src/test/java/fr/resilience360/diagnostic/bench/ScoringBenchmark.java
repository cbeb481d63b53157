package fr.resilience360.diagnostic.bench;

import fr.resilience360.diagnostic.CellValue;
import fr.resilience360.diagnostic.Diagnostic;
import fr.resilience360.diagnostic.DiagnosticFixtures;
import fr.resilience360.diagnostic.DiagnosticScoring;
import fr.resilience360.diagnostic.workbook.Diag360Workbook;
import fr.resilience360.referential.Anchors;
import fr.resilience360.referential.IndicatorRow;
import fr.resilience360.referential.Referential;
import fr.resilience360.referential.ReferentialFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring one Diag360 workbook, and 1,255 territories (the number of EPCI in France) × 124 rows. See
 * {@code docs/benchmarks.md} for the command and the results.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class ScoringBenchmark {

    static final int TERRITORIES = 1255;

    DiagnosticScoring scoring;
    CellValue[] workbookAnswers;
    byte[] workbookFile;
    List<CellValue[]> territories;

    @Setup
    public void setUp() throws IOException {
        Referential diag360 = ReferentialFixtures.diag360();
        scoring = new DiagnosticScoring(diag360);
        try (InputStream in = DiagnosticFixtures.oracleWorkbook(DiagnosticFixtures.anyOracleCase())) {
            workbookFile = in.readAllBytes();
        }
        workbookAnswers = Diag360Workbook.read(new java.io.ByteArrayInputStream(workbookFile), diag360)
                .valuesArray();
        territories = randomTerritories(diag360, new Random(360));
    }

    /** Random answers: about 1 in 8 missing, numbers around the thresholds, labels in any case. */
    static List<CellValue[]> randomTerritories(Referential referential, Random random) {
        List<IndicatorRow> rows = referential.rows();
        List<CellValue[]> all = new ArrayList<>(TERRITORIES);
        for (int t = 0; t < TERRITORIES; t++) {
            CellValue[] values = new CellValue[rows.size()];
            for (int i = 0; i < values.length; i++) {
                IndicatorRow row = rows.get(i);
                if (random.nextInt(8) == 0) {
                    values[i] = CellValue.empty();
                } else if (row.isNumeric()) {
                    Anchors anchors = row.scoring().anchors();
                    double a = anchors.zero() == null ? 0 : anchors.zero();
                    double b = anchors.one() == null ? 1 : anchors.one();
                    values[i] = CellValue.number(a + (b - a) * (random.nextDouble() * 1.4 - 0.2));
                } else {
                    String label = row.scoring().labels().get(random.nextInt(3));
                    values[i] = CellValue.text(random.nextBoolean() ? label : label.toUpperCase());
                }
            }
            all.add(values);
        }
        return all;
    }

    @Benchmark
    public Diagnostic scoreOneWorkbook() {
        return scoring.score(workbookAnswers);
    }

    @Benchmark
    public Diagnostic readAndScoreOneWorkbookFile() {
        Referential referential = scoring.referential();
        return scoring.score(Diag360Workbook.read(new java.io.ByteArrayInputStream(workbookFile), referential)
                .valuesArray());
    }

    @Benchmark
    public List<Diagnostic> score1255TerritoriesOf124Rows() {
        List<Diagnostic> results = new ArrayList<>(TERRITORIES);
        for (CellValue[] territory : territories) {
            results.add(scoring.score(territory));
        }
        return results;
    }

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args.length == 0 ? new String[] {"ScoringBenchmark"} : args);
    }
}
