package fr.resilience360.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a database holds, read before a restore (only the schemas users made count: not PostgreSQL's own), and the
 * removal of all of it for {@code restore --force}.
 */
final class DatabaseContents {

    private static final String USER_SCHEMAS = "nspname not like 'pg\\_%' and nspname <> 'information_schema'";

    private DatabaseContents() {}

    /** The server's major version ({@code 17} for 17.6). */
    static int serverMajor(DatabaseAddress database) throws SQLException {
        try (Connection c = database.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show server_version_num")) {
            rs.next();
            return Integer.parseInt(rs.getString(1)) / 10000;
        }
    }

    /** The tables of the database's own schemas, as {@code schema.table}, in order. */
    static List<String> userTables(DatabaseAddress database) throws SQLException {
        return list(
                database,
                "select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                        + "where c.relkind in ('r', 'p') and " + USER_SCHEMAS + " order by 1");
    }

    /** Drops every schema users made, with what it holds, and gives back an empty {@code public} schema. */
    static void dropEverything(DatabaseAddress database) throws SQLException {
        List<String> schemas = list(database, "select nspname from pg_namespace where " + USER_SCHEMAS + " order by 1");
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String schema : schemas) s.execute("drop schema " + quote(schema) + " cascade");
            s.execute("create schema public authorization pg_database_owner");
            s.execute("grant usage on schema public to public");
            c.commit();
        }
    }

    static List<String> list(DatabaseAddress database, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = database.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) values.add(rs.getString(1));
        }
        return values;
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
