package fr.resilience360.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The nightly backups' files, {@code resilience360-YYYYMMDD-HHMMSS.dump}: named so that their order is their age, and
 * only those are ever removed (never another file of the directory).
 */
final class BackupRetention {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String NAME = "resilience360-\\d{8}-\\d{6}\\.dump";

    private BackupRetention() {}

    static Path fileFor(Path directory, LocalDateTime time) {
        return directory.resolve("resilience360-" + STAMP.format(time) + ".dump");
    }

    /** Removes the nightly backups but the {@code keep} newest; returns those removed. */
    static List<Path> keepNewest(Path directory, int keep) throws IOException {
        List<Path> backups;
        try (Stream<Path> files = Files.list(directory)) {
            backups = files.filter(f -> f.getFileName().toString().matches(NAME))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString())
                            .reversed())
                    .toList();
        }
        List<Path> removed = new ArrayList<>();
        for (Path old : backups.subList(Math.min(Math.max(keep, 1), backups.size()), backups.size())) {
            Files.deleteIfExists(old);
            removed.add(old);
        }
        return removed;
    }
}
