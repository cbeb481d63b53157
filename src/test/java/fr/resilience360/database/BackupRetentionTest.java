package fr.resilience360.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRetentionTest {

    @TempDir
    Path directory;

    @Test
    void keepsTheNewestNightlyBackupsAndNeverTouchesOtherFiles() throws Exception {
        for (int day = 1; day <= 5; day++) {
            Files.writeString(BackupRetention.fileFor(directory, LocalDateTime.of(2026, 5, day, 2, 0)), "x");
        }
        Files.writeString(directory.resolve("avant-migration.dump"), "gardée");

        assertThat(BackupRetention.keepNewest(directory, 3)).hasSize(2);

        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly(
                            "avant-migration.dump",
                            "resilience360-20260503-020000.dump",
                            "resilience360-20260504-020000.dump",
                            "resilience360-20260505-020000.dump");
        }
    }
}
