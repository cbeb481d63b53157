package fr.resilience360.database;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The optional nightly backup: when {@code resilience360.backup.directory} is set, the running application dumps its
 * database there ({@code resilience360.backup.cron}, 2:00 Paris time by default) and keeps the
 * {@code resilience360.backup.keep} newest files (7 by default). A failure is logged and retried the next night. With
 * several instances of the application on the database, one of them backs up each night ({@link ClusterLocks}).
 */
@Component
@ConditionalOnProperty("resilience360.backup.directory")
class NightlyBackup {

    private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Supplier<DatabaseAddress> database;
    private final Path directory;
    private final int keep;
    private final Optional<Path> pgBin;
    private final Clock clock;
    private ClusterLocks locks;
    private String cron;

    @Autowired
    NightlyBackup(
            DataSource dataSource,
            ClusterLocks locks,
            @Value("${resilience360.backup.cron:0 0 2 * * *}") String cron,
            @Value("${resilience360.backup.directory}") Path directory,
            @Value("${resilience360.backup.keep:7}") int keep,
            @Value("${resilience360.backup.pg-bin:}") String pgBin) {
        this(
                () -> addressOf(dataSource),
                directory,
                keep,
                Optional.of(pgBin).filter(p -> !p.isBlank()).map(Path::of),
                Clock.system(PARIS));
        this.locks = locks;
        this.cron = cron;
    }

    NightlyBackup(Supplier<DatabaseAddress> database, Path directory, int keep, Optional<Path> pgBin, Clock clock) {
        this.database = database;
        this.directory = directory;
        this.keep = keep;
        this.pgBin = pgBin;
        this.clock = clock;
    }

    @Scheduled(cron = "${resilience360.backup.cron:0 0 2 * * *}", zone = "Europe/Paris")
    void nightly() {
        try {
            // one instance of the application backs up when several share the database (docs/deploy.md)
            locks.runScheduled("database.nightly-backup", ClusterLocks.halfPeriod(cron), this::runUnchecked);
        } catch (Exception e) {
            log.error("Sauvegarde nocturne : échec, nouvel essai à la prochaine exécution", e);
        }
    }

    /** Writes tonight's backup, then removes the oldest beyond the count kept; returns the backup written. */
    Backups.Done run() throws Exception {
        Path file = BackupRetention.fileFor(directory, LocalDateTime.now(clock.withZone(PARIS)));
        Backups.Done done = new Backups(PgTools.find(pgBin), log::debug).dump(database.get(), file);
        List<Path> removed = BackupRetention.keepNewest(directory, keep);
        log.info(
                "Sauvegarde nocturne écrite : {} ; {} ancienne(s) supprimée(s), {} gardée(s) au plus",
                done.summary(),
                removed.size(),
                keep);
        return done;
    }

    private void runUnchecked() {
        try {
            run();
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The database of the application's connection pool. */
    static DatabaseAddress addressOf(DataSource dataSource) {
        try {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            return DatabaseAddress.ofJdbcUrl(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        } catch (SQLException e) {
            throw new IllegalStateException("Sauvegarde nocturne : la base n'est pas un pool Hikari (" + e + ")", e);
        }
    }
}
