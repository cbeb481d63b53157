package fr.resilience360.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.IntegrationTest;
import fr.resilience360.shared.CommandException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14, item 1: a backup restores what users entered — accounts, a diagnostic, survey answers, a plan — row for
 * row, with PostgreSQL's own tools, on small databases created beside the test database on its running server.
 */
@IntegrationTest
class BackupRoundTripTest {

    @Autowired
    DataSource dataSource;

    @TempDir
    Path temp;

    private ThrowAwayDatabases databases;
    private final Backups backups = new Backups(PgTools.find(Optional.empty()), line -> {});

    @BeforeEach
    void server() {
        databases = new ThrowAwayDatabases(NightlyBackup.addressOf(dataSource));
    }

    @AfterEach
    void dropDatabases() throws Exception {
        databases.close();
    }

    @Test
    void aRestoredBackupHoldsTheSameAccountsDiagnosticsSurveyAnswersAndPlans() throws Exception {
        DatabaseAddress source = databases.createMigrated("sauvegarde_source");
        UsersEntries.write(source);
        DatabaseAddress target = databases.create("sauvegarde_cible");

        Backups.Done written = backups.dump(source, temp.resolve("nuit/sauvegarde.dump"));
        assertThat(written.bytes()).isPositive();
        try (Stream<Path> files = Files.list(temp.resolve("nuit"))) {
            assertThat(files).containsExactly(temp.resolve("nuit/sauvegarde.dump")); // no partial file left
        }
        backups.restore(target, written.file(), false);

        Map<String, List<String>> restored = ThrowAwayDatabases.contents(target);
        assertThat(restored).isEqualTo(ThrowAwayDatabases.contents(source));
        for (String table : UsersEntries.TABLES) {
            assertThat(restored.get(table)).as(table).isNotEmpty();
        }
        assertThat(restored.get("account.user_account").toString()).contains(UsersEntries.EMAIL);
    }

    @Test
    void aDatabaseThatIsNotEmptyIsOnlyReplacedWithForce() throws Exception {
        DatabaseAddress source = databases.createMigrated("sauvegarde_source");
        UsersEntries.write(source);
        DatabaseAddress occupied = databases.createMigrated("sauvegarde_occupee");
        ThrowAwayDatabases.execute(occupied, "insert into account.user_account (email) values ('autre@exemple.fr')");
        Path file = backups.dump(source, temp.resolve("sauvegarde.dump")).file();

        assertThatThrownBy(() -> backups.restore(occupied, file, false))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("n'est pas vide")
                .hasMessageContaining("seraient écrasées")
                .hasMessageContaining("account")
                .hasMessageContaining("--force");
        assertThat(ThrowAwayDatabases.contents(occupied)
                        .get("account.user_account")
                        .toString())
                .contains("autre@exemple.fr");

        backups.restore(occupied, file, true);
        assertThat(ThrowAwayDatabases.contents(occupied)).isEqualTo(ThrowAwayDatabases.contents(source));
    }

    @Test
    void aBackupWrittenByANewerVersionIsRefusedBeforeAnythingIsRestored() throws Exception {
        DatabaseAddress newer = databases.createMigrated("sauvegarde_recente");
        ThrowAwayDatabases.execute(
                newer,
                "insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                        + "installed_by, execution_time, success) values (9999, '9999', 'future', 'SQL', "
                        + "'V9999__future_create_things.sql', 0, 'test', 0, true)");
        Path file = backups.dump(newer, temp.resolve("recente.dump")).file();
        DatabaseAddress empty = databases.create("sauvegarde_vide");

        assertThatThrownBy(() -> backups.restore(empty, file, false))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("version plus récente")
                .hasMessageContaining("9999");
        assertThat(DatabaseContents.userTables(empty)).isEmpty();
    }

    @Test
    void theNightlyBackupKeepsTheNewestFiles() throws Exception {
        DatabaseAddress source = databases.createMigrated("sauvegarde_nuit");
        Path directory = Files.createDirectories(temp.resolve("nuits"));
        for (String day : List.of("20260101", "20260102", "20260103")) {
            Files.writeString(directory.resolve("resilience360-" + day + "-020000.dump"), "ancienne");
        }
        Clock night = Clock.fixed(Instant.parse("2026-03-01T01:00:00Z"), ZoneOffset.UTC);

        new NightlyBackup(() -> source, directory, 2, Optional.empty(), night).run();

        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("resilience360-20260103-020000.dump", "resilience360-20260301-020000.dump");
        }
    }
}
