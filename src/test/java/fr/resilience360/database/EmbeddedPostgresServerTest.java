package fr.resilience360.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir
    Path temp;

    @Test
    void keepsDataAcrossRestartsWithDurabilityAndPasswordOn() throws Exception {
        Path dir = temp.resolve("postgres");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, "app")) {
            execute(server, "create table t (v text)", "insert into t values ('gardé')");
            assertThat(query(server, "show fsync")).isEqualTo("on");
            assertThat(query(server, "show synchronous_commit")).isEqualTo("on");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("app"), "postgres", "mauvais"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, "app")) {
            assertThat(query(server, "select v from t")).isEqualTo("gardé");
        }
        assertThat(Files.getPosixFilePermissions(temp.resolve("postgres.password")))
                .hasSize(2); // owner read and write only
    }

    @Test
    void recoversTheOrphanServerLeftByAKilledApplication() throws Exception {
        Path dir = temp.resolve("postgres");
        Process killed = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        ApplicationToKill.class.getName(),
                        dir.toString())
                .redirectErrorStream(true)
                .start();
        List<String> printed = new ArrayList<>();
        boolean ready = false;
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(killed.getInputStream()))) {
            String line;
            while (!ready && (line = out.readLine()) != null) {
                if (line.equals(ApplicationToKill.READY)) ready = true;
                else printed.add(line);
            }
        }
        assertThat(ready).as("sortie du processus tué : %s", printed).isTrue();
        killed.destroyForcibly().waitFor(); // SIGKILL: the detached PostgreSQL server keeps running
        assertThat(Files.exists(dir.resolve("postmaster.pid"))).isTrue();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, "app")) {
            assertThat(query(server, "select v from t")).isEqualTo("committed");
        }
    }

    @Test
    void refusesASecondInstanceOnTheSameDataDirectory() throws Exception {
        Path dir = temp.resolve("postgres");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dir, "app")) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dir, "app"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Une autre instance de Résilience 360 utilise déjà le répertoire de données");
            assertThat(query(first, "select 1")).isEqualTo("1");
        }
    }

    private static void execute(EmbeddedPostgresServer server, String... statements) throws SQLException {
        try (Connection c = connect(server);
                Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
        }
    }

    private static String query(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection c = connect(server);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl("app"), "postgres", server.password());
    }
}
