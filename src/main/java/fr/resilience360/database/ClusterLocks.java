package fr.resilience360.database;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the instances of the application sharing one PostgreSQL database must do once, under a lock of that database
 * (a PostgreSQL session advisory lock, held on a connection of its own for the work's duration, released at the end
 * or by the server if the instance dies): scheduled jobs ({@link #runScheduled}: one instance runs each firing, the
 * others skip it), and the first load of the bundled data or an import ({@link #runExclusively}: the others wait, then
 * see the work done). Several instances on one database are the deployment of {@code deploy/compose.yaml}
 * ({@code docs/deploy.md}).
 */
@Component
public class ClusterLocks {

    /** The lock of the first-start loads of bundled data (division, typology, observatory, reference scores). */
    public static final String FIRST_LOAD = "first-load";

    static final Duration WAIT_STEP = Duration.ofMillis(500);
    private static final Logger log = LoggerFactory.getLogger(ClusterLocks.class);
    private static final String KEY = "hashtextextended('resilience360/' || ?, 0)";

    private final DataSource dataSource;
    private final String instance;

    @org.springframework.beans.factory.annotation.Autowired
    ClusterLocks(DataSource dataSource) {
        this(dataSource, ManagementFactory.getRuntimeMXBean().getName());
    }

    ClusterLocks(DataSource dataSource, String instance) {
        this.dataSource = dataSource;
        this.instance = instance;
    }

    /**
     * Runs a scheduled job here unless another instance is running it or started it less than {@code minGap} ago (by
     * the database's clock): each firing of a job runs on one instance, the others skip it with a debug line. The gap
     * must be shorter than the job's period and longer than the spread of the instances' firings (see
     * {@link #halfPeriod}). Returns whether the job ran here; its exceptions are the caller's.
     */
    public boolean runScheduled(String job, Duration minGap, Runnable task) {
        try (Connection c = dataSource.getConnection()) {
            if (!tryLock(c, job)) {
                log.debug("Tâche planifiée « {} » sautée : en cours sur une autre instance", job);
                return false;
            }
            try {
                Optional<String> recent = JobRuns.startedWithin(c, job, minGap);
                if (recent.isPresent()) {
                    log.debug("Tâche planifiée « {} » sautée : déjà lancée par {}", job, recent.get());
                    return false;
                }
                JobRuns.Started started = JobRuns.start(c, job, instance);
                log.debug("Tâche planifiée « {} » lancée par cette instance ({})", job, instance);
                task.run();
                JobRuns.finish(c, started);
                return true;
            } finally {
                unlock(c, job);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Verrou de la tâche « " + job + " » : " + e.getMessage(), e);
        }
    }

    /**
     * Runs the work holding the named lock, after the instance that holds it has finished (checked every half second,
     * with one line in the log while waiting). The work must check again under the lock whether it is still to do.
     */
    public <T> T runExclusively(String name, Supplier<T> work) {
        try (Held held = acquire(name)) {
            return work.get();
        }
    }

    /** {@link #runExclusively(String, Supplier)} for work without a result. */
    public void runExclusively(String name, Runnable work) {
        runExclusively(name, () -> {
            work.run();
            return null;
        });
    }

    /** Half the time between the next two firings of a cron expression: a job's gap when it fires on a cron. */
    public static Duration halfPeriod(String cron) {
        var expression = org.springframework.scheduling.support.CronExpression.parse(cron);
        var next = expression.next(java.time.ZonedDateTime.now());
        return Duration.between(next, expression.next(next)).dividedBy(2);
    }

    /** A lock held by this instance until closed. */
    final class Held implements AutoCloseable {
        private final String name;
        private Connection connection;

        private Held(String name, Connection connection) {
            this.name = name;
            this.connection = connection;
        }

        /** Releases the lock (once). */
        @Override
        public synchronized void close() {
            if (connection == null) return;
            try (Connection c = connection) {
                unlock(c, name);
            } catch (SQLException e) {
                log.warn("Connexion du verrou « {} » non fermée : {}", name, e.getMessage());
            } finally {
                connection = null;
            }
        }
    }

    /** Takes the named lock, after the instance that holds it has released it (checked every half second). */
    Held acquire(String name) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            waitFor(c, name);
            return new Held(name, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IllegalStateException("Verrou « " + name + " » : " + e.getMessage(), e);
        } catch (InterruptedException e) {
            closeQuietly(c);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Attente du verrou « " + name + " » interrompue", e);
        }
    }

    private static void waitFor(Connection c, String name) throws SQLException, InterruptedException {
        boolean told = false;
        while (!tryLock(c, name)) {
            if (!told) log.info("Verrou « {} » tenu par une autre instance : attente de la fin de son travail", name);
            told = true;
            Thread.sleep(WAIT_STEP.toMillis());
        }
        if (told) log.info("Verrou « {} » obtenu après attente", name);
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException e) {
            log.warn("Connexion non fermée : {}", e.getMessage());
        }
    }

    private static boolean tryLock(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_try_advisory_lock(" + KEY + ")")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * Releases the lock; a connection that could not release it is taken out of the pool, so that the lock does not
     * stay held by a pooled connection (closing it makes the server release the lock).
     */
    private void unlock(Connection c, String name) {
        try (PreparedStatement s = c.prepareStatement("select pg_advisory_unlock(" + KEY + ")")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next() && rs.getBoolean(1)) return;
            }
        } catch (SQLException e) {
            log.warn("Verrou « {} » non rendu ({}) : connexion fermée", name, e.getMessage());
        }
        evict(c);
    }

    private void evict(Connection c) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class))
                dataSource.unwrap(HikariDataSource.class).evictConnection(c);
            else c.close();
        } catch (SQLException e) {
            log.warn("Connexion du verrou non fermée : {}", e.getMessage());
        }
    }
}
