package fr.resilience360.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import fr.resilience360.shared.CommandException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

/** How the backup commands and the nightly backup read what they are given, before any database is reached. */
class BackupCommandsTest {

    private final PrintStream out = new PrintStream(new ByteArrayOutputStream());
    private final Supplier<BackupSettings> unread = () -> {
        throw new AssertionError("settings read despite a usage error");
    };

    @Test
    void aBackupNeedsExactlyOneFile() {
        assertThatThrownBy(() -> new BackupCommand(unread).run(List.of(), out, out))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("Usage : backup FICHIER");
    }

    @Test
    void aRestoreNeedsOneFileAndMayBeForced() {
        assertThatThrownBy(() -> new RestoreCommand(unread).run(List.of("--force"), out, out))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("Usage : restore FICHIER [--force]");
        assertThatThrownBy(() -> new RestoreCommand(unread).run(List.of("a.dump", "b.dump"), out, out))
                .isInstanceOf(CommandException.class)
                .hasMessageContaining("Usage : restore FICHIER [--force]");
    }

    @Test
    void theSettingsAreTheApplicationsEmbeddedOrExternalDatabase() {
        BackupSettings embedded = BackupSettings.of(new MockEnvironment()
                .withProperty("resilience360.database.data-directory", "/srv/r360/postgres")
                .withProperty("resilience360.backup.pg-bin", "/opt/pg/bin"));
        assertThat(embedded.external()).isEmpty();
        assertThat(embedded.embedded().dataDirectory()).hasToString("/srv/r360/postgres");
        assertThat(embedded.pgBin()).hasValueSatisfying(p -> assertThat(p).hasToString("/opt/pg/bin"));

        BackupSettings external = BackupSettings.of(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.exemple.fr:5433/r360?sslmode=require")
                .withProperty("spring.datasource.username", "r360")
                .withProperty("spring.datasource.password", "secret"));
        assertThat(external.external()).contains(new DatabaseAddress("db.exemple.fr", 5433, "r360", "r360", "secret"));
    }

    @Test
    void theNightlyBackupIsOnlyScheduledWhenItsDirectoryIsSet() {
        ApplicationContextRunner context = new ApplicationContextRunner()
                .withBean(DataSource.class, HikariDataSource::new)
                .withUserConfiguration(NightlyBackup.class, ClusterLocks.class);

        context.run(c -> assertThat(c).doesNotHaveBean(NightlyBackup.class));
        context.withPropertyValues("resilience360.backup.directory=/var/backups/r360", "resilience360.backup.keep=3")
                .run(c -> assertThat(c).hasSingleBean(NightlyBackup.class));
    }
}
