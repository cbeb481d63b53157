package fr.resilience360.report.portrait;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch of reports: every file whole, in parallel, a second run skips what is done, a failure spares the rest. */
class ReportBatchTest {

    static final List<TerritorySummary> EPCI = IntStream.range(0, 40)
            .mapToObj(i -> new TerritorySummary("2000" + i, "2000" + i, "EPCI " + i, TerritoryType.EPCI, "CC", 1000))
            .toList();

    final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    @Test
    void everyReportIsWrittenWholeOnSeveralThreads(@TempDir Path folder) throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        var outcome = ReportBatch.run(
                EPCI,
                folder,
                t -> {
                    threads.add(Thread.currentThread().getName());
                    return pdf(t);
                },
                4,
                out());

        assertThat(outcome.written()).isEqualTo(40);
        assertThat(outcome.skipped()).isZero();
        assertThat(outcome.failed()).isEmpty();
        for (TerritorySummary t : EPCI)
            assertThat(Files.readAllBytes(ReportBatch.fileOf(folder, t))).isEqualTo(pdf(t));
        assertThat(threads).hasSizeGreaterThan(1);
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("40/40 rapports");
    }

    @Test
    void aSecondRunSkipsTheReportsAlreadyWrittenAndRedoesPartialOnes(@TempDir Path folder) throws Exception {
        ReportBatch.run(EPCI.subList(0, 25), folder, ReportBatchTest::pdf, 2, out());
        Path interrupted = ReportBatch.fileOf(folder, EPCI.get(30));
        Files.writeString(interrupted.resolveSibling(interrupted.getFileName() + ".partiel"), "moitié");

        var outcome = ReportBatch.run(EPCI, folder, ReportBatchTest::pdf, 2, out());

        assertThat(outcome.skipped()).isEqualTo(25);
        assertThat(outcome.written()).isEqualTo(15);
        assertThat(Files.readAllBytes(interrupted)).isEqualTo(pdf(EPCI.get(30)));
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("25 rapport(s) déjà écrit(s) : sautés.");
    }

    @Test
    void aFailingReportIsNamedAndTheOthersAreWritten(@TempDir Path folder) {
        Function<TerritorySummary, byte[]> render = t -> {
            if (t.id().equals("20007")) throw new IllegalStateException("données absentes");
            return pdf(t);
        };

        var outcome = ReportBatch.run(EPCI, folder, render, 3, out());

        assertThat(outcome.written()).isEqualTo(39);
        assertThat(outcome.failed()).containsExactly("20007 (EPCI 7) : données absentes");
        assertThat(ReportBatch.fileOf(folder, EPCI.get(7))).doesNotExist();
    }

    private PrintStream out() {
        return new PrintStream(progress, true, StandardCharsets.UTF_8);
    }

    private static byte[] pdf(TerritorySummary t) {
        return ("%PDF rapport de " + t.name()).getBytes(StandardCharsets.UTF_8);
    }
}
