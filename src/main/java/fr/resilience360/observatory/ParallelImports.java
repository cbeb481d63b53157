package fr.resilience360.observatory;

import fr.resilience360.observatory.importing.DatasetImports;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Imports bundled datasets two at a time (parsing in Java and copying in PostgreSQL keep both cores of a small machine
 * busy), the largest files first; each import stays one transaction of its own, all or nothing. Waits for all of them,
 * then rethrows the first failure: the datasets imported stay imported, a failed one left nothing.
 */
final class ParallelImports {

    static final int THREADS = 2;

    private final Consumer<DatasetImports.Bundled> importer;
    private final int total;
    private final Consumer<String> out;
    private final AtomicInteger started = new AtomicInteger();

    /** {@code importer} imports one dataset in its own transaction ({@link DatasetImports#importBundled}). */
    ParallelImports(Consumer<DatasetImports.Bundled> importer, int total, Consumer<String> out) {
        this.importer = importer;
        this.total = total;
        this.out = out;
    }

    void run(List<DatasetImports.Bundled> datasets) {
        if (datasets.isEmpty()) return;
        List<DatasetImports.Bundled> largestFirst = datasets.stream()
                .sorted(Comparator.comparingLong(ParallelImports::size).reversed())
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, datasets.size()), r -> {
            Thread t = new Thread(r, "observatory-import");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (var bundled : largestFirst) running.add(pool.submit(() -> importOne(bundled)));
            RuntimeException failure = null;
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (failure == null)
                        failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Chargement interrompu", e);
                }
            }
            if (failure != null) throw failure;
        } finally {
            pool.shutdownNow();
        }
    }

    private void importOne(DatasetImports.Bundled bundled) {
        out.accept("[" + started.incrementAndGet() + "/" + total + "] "
                + bundled.mapping().dataset().title());
        importer.accept(bundled);
    }

    private static long size(DatasetImports.Bundled bundled) {
        try {
            return bundled.data().contentLength();
        } catch (IOException e) {
            return 0;
        }
    }
}
