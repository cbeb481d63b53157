package fr.resilience360.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Started in its own JVM by a test, then killed with SIGKILL: starts the server, commits a row, waits. */
public final class ApplicationToKill {

    static final String READY = "PRÊT";

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), "app");
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("app"), "postgres", server.password());
                Statement s = c.createStatement()) {
            s.execute("create table t (v text)");
            s.execute("insert into t values ('committed')");
        }
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(120_000);
    }
}
