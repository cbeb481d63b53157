package fr.resilience360.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Optional;

/** The runs of the scheduled jobs in {@code database.job_run} (migration V100), on the connection holding the lock. */
final class JobRuns {

    record Started(String job, Timestamp at) {}

    private JobRuns() {}

    /** Who started the job less than {@code gap} ago by the database's clock, and when; empty if nobody did. */
    static Optional<String> startedWithin(Connection c, String job, Duration gap) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select instance || ' à ' || started_at from database.job_run "
                + "where job = ? and started_at > clock_timestamp() - make_interval(secs => ?) "
                + "order by started_at desc limit 1")) {
            s.setString(1, job);
            s.setDouble(2, gap.toMillis() / 1000.0);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Records the start of a run here, and forgets the runs of more than 90 days ago. */
    static Started start(Connection c, String job, String instance) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from database.job_run where job = ? "
                + "and started_at < clock_timestamp() - interval '90 days'")) {
            s.setString(1, job);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("insert into database.job_run (job, started_at, instance) "
                + "values (?, clock_timestamp(), ?) returning started_at")) {
            s.setString(1, job);
            s.setString(2, instance);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Started(job, rs.getTimestamp(1));
            }
        }
    }

    static void finish(Connection c, Started run) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "update database.job_run set finished_at = clock_timestamp() where job = ? and started_at = ?")) {
            s.setString(1, run.job());
            s.setTimestamp(2, run.at());
            s.executeUpdate();
        }
    }
}
