package fr.resilience360.report.portrait;

import fr.resilience360.territory.TerritorySummary;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Writes the reports of many territories into a folder, {@code rapport-{id}.pdf} each, on as many threads as asked,
 * with a progress line. Resumable: a report whose file exists is skipped — each is written beside ({@code .partiel})
 * then moved into place, so a file that exists is whole, and an interrupted run leaves only partial files to redo.
 * A territory whose report fails is named at the end; the others are written. Plain Java.
 */
final class ReportBatch {

    /** What a run did. */
    record Outcome(int written, int skipped, List<String> failed, long millis) {}

    private ReportBatch() {}

    static Path fileOf(Path folder, TerritorySummary territory) {
        return folder.resolve("rapport-" + territory.id() + ".pdf");
    }

    static Outcome run(
            List<TerritorySummary> territories,
            Path folder,
            Function<TerritorySummary, byte[]> render,
            int threads,
            PrintStream progress) {
        long start = System.nanoTime();
        List<TerritorySummary> todo = territories.stream()
                .filter(t -> !Files.exists(fileOf(folder, t)))
                .toList();
        int skipped = territories.size() - todo.size();
        Progress bar = new Progress(progress, todo.size(), skipped, start);
        List<String> failed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        for (TerritorySummary t : todo)
            pool.execute(() -> {
                try {
                    write(fileOf(folder, t), render.apply(t));
                } catch (RuntimeException e) {
                    failed.add(t.id() + " (" + t.name() + ") : " + e.getMessage());
                }
                bar.step();
            });
        pool.shutdown();
        try {
            pool.awaitTermination(7, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
        bar.end();
        return new Outcome(
                todo.size() - failed.size(), skipped, List.copyOf(failed), (System.nanoTime() - start) / 1_000_000);
    }

    private static void write(Path file, byte[] pdf) {
        Path partial = file.resolveSibling(file.getFileName() + ".partiel");
        try {
            Files.write(partial, pdf);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("écriture impossible de " + file, e);
        }
    }

    /** « [#####.....] 120/1255 rapports, 0,8 s par rapport, reste environ 15 min », at most once a second. */
    private static final class Progress {

        private static final int WIDTH = 30;

        private final PrintStream out;
        private final int total;
        private final int skipped;
        private final long start;
        private final AtomicInteger done = new AtomicInteger();
        private volatile long lastPrint;

        Progress(PrintStream out, int total, int skipped, long start) {
            this.out = out;
            this.total = total;
            this.skipped = skipped;
            this.start = start;
            if (skipped > 0) out.println(skipped + " rapport(s) déjà écrit(s) : sautés.");
        }

        void step() {
            int n = done.incrementAndGet();
            long now = System.nanoTime();
            if (n < total && now - lastPrint < 1_000_000_000L) return;
            lastPrint = now;
            synchronized (this) {
                out.print("\r" + line(n, now));
                out.flush();
            }
        }

        void end() {
            out.println();
        }

        String line(int n, long now) {
            int filled = total == 0 ? WIDTH : n * WIDTH / total;
            double seconds = (now - start) / 1e9;
            double perReport = n == 0 ? 0 : seconds / n;
            long left = Math.round(perReport * (total - n));
            return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + n + "/" + total + " rapports, "
                    + String.format(java.util.Locale.FRANCE, "%.2f", perReport) + " s par rapport, reste environ "
                    + (left >= 60 ? left / 60 + " min" : left + " s");
        }
    }
}
