package fr.resilience360.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cleans up after an application that was killed without stopping its PostgreSQL server ({@code kill -9}):
 * the detached postmaster keeps running on the data directory, so it is stopped (fast shutdown) before a new
 * one starts, and the stale pid and socket files are removed. Servers are found by their working directory
 * ({@code /proc/<pid>/cwd}), never by the pid written in {@code postmaster.pid}: pids are reused.
 * Must only run while holding the {@link DataDirectoryLock}.
 */
final class OrphanServerRecovery {

    private static final Logger log = LoggerFactory.getLogger(OrphanServerRecovery.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private OrphanServerRecovery() {}

    static void recover(Path dataDirectory) throws IOException, InterruptedException {
        Path directory = dataDirectory.toRealPath();
        List<ProcessHandle> orphans = serversRunningIn(directory);
        for (ProcessHandle orphan : orphans) {
            log.warn("Serveur PostgreSQL orphelin (pid {}) trouvé sur {} : arrêt rapide.", orphan.pid(), directory);
            new ProcessBuilder("kill", "-INT", Long.toString(orphan.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
        }
        Instant deadline = Instant.now().plus(SHUTDOWN_WAIT);
        while (orphans.stream().anyMatch(ProcessHandle::isAlive)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Le serveur PostgreSQL orphelin sur " + directory
                        + " ne s'arrête pas ; arrêtez-le à la main avant de relancer.");
            }
            Thread.sleep(100);
        }
        if (!orphans.isEmpty() || Files.exists(directory.resolve("postmaster.pid"))) {
            Files.deleteIfExists(directory.resolve("postmaster.pid"));
            try (Stream<Path> files = Files.list(directory)) {
                for (Path f : files.filter(p -> p.getFileName().toString().startsWith(".s.PGSQL."))
                        .toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /** The postmasters on this directory: postgres processes working there whose parent is not one of them. */
    private static List<ProcessHandle> serversRunningIn(Path directory) {
        List<ProcessHandle> all = ProcessHandle.allProcesses()
                .filter(p ->
                        p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> workingDirectoryIs(p, directory))
                .toList();
        return all.stream()
                .filter(p -> p.parent().map(parent -> !all.contains(parent)).orElse(true))
                .toList();
    }

    private static boolean workingDirectoryIs(ProcessHandle process, Path directory) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd"))
                    .equals(directory);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
