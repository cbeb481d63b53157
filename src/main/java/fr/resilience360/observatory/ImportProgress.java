package fr.resilience360.observatory;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The progress of the running import or recompute, shown on the imports page while the server loads the bundled
 * datasets (the web server answers during the first start) and in the command line.
 */
@Component
public class ImportProgress {

    static final int KEPT_LINES = 40;

    private final Deque<String> lines = new ArrayDeque<>();
    private boolean running;
    private Instant startedAt;
    private Instant finishedAt;
    private Instant firstFinishedAt;

    public record Snapshot(boolean running, Instant startedAt, Instant finishedAt, List<String> lines) {}

    /** A progress sink that records each line and passes it on. */
    public Consumer<String> track(Consumer<String> delegate) {
        return line -> {
            record(line);
            delegate.accept(line);
        };
    }

    public synchronized void start() {
        running = true;
        startedAt = Instant.now();
        finishedAt = null;
        lines.clear();
    }

    public synchronized void finish() {
        running = false;
        finishedAt = Instant.now();
        if (firstFinishedAt == null) firstFinishedAt = finishedAt;
    }

    /** When this process's first load finished (the readiness probe's signal); empty until then, set once. */
    public synchronized Optional<Instant> firstFinishedAt() {
        return Optional.ofNullable(firstFinishedAt);
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(running, startedAt, finishedAt, List.copyOf(lines));
    }

    private synchronized void record(String line) {
        lines.addLast(line.strip());
        while (lines.size() > KEPT_LINES) lines.removeFirst();
    }
}
