package fr.resilience360.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * Small databases created beside the test database on the same embedded server, so that a backup test dumps and
 * restores a few rows, not the whole observatory; each is dropped after its test.
 */
final class ThrowAwayDatabases implements AutoCloseable {

    private final DatabaseAddress server;
    private final List<DatabaseAddress> created = new ArrayList<>();

    ThrowAwayDatabases(DatabaseAddress server) {
        this.server = server;
    }

    /** A new empty database. */
    DatabaseAddress create(String prefix) throws SQLException {
        DatabaseAddress database = server.withDatabase(
                prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        execute(server, "create database " + database.database());
        created.add(database);
        return database;
    }

    /** A new database with every migration of the application applied. */
    DatabaseAddress createMigrated(String prefix) throws SQLException {
        DatabaseAddress database = create(prefix);
        Flyway.configure()
                .dataSource(database.jdbcUrl(), database.username(), database.password())
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .load()
                .migrate();
        return database;
    }

    static void execute(DatabaseAddress database, String... statements) throws SQLException {
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            for (String statement : statements) s.execute(statement);
        }
    }

    /** Every row of every table of the database's own schemas, as text, in a stable order, by table. */
    static Map<String, List<String>> contents(DatabaseAddress database) throws SQLException {
        Map<String, List<String>> contents = new LinkedHashMap<>();
        for (String table : DatabaseContents.userTables(database)) {
            List<String> rows = new ArrayList<>();
            try (Connection c = database.connect();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select * from " + table)) {
                ResultSetMetaData columns = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        row.append(columns.getColumnName(i))
                                .append('=')
                                .append(rs.getString(i))
                                .append(" | ");
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            contents.put(table, rows);
        }
        return contents;
    }

    @Override
    public void close() throws SQLException {
        for (DatabaseAddress database : created) {
            execute(server, "drop database if exists " + database.database() + " with (force)");
        }
    }
}
