package fr.resilience360.database;

import fr.resilience360.shared.CommandException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * Where a database is and how to sign in: what JDBC and PostgreSQL's tools both need (the tools get the password in
 * their environment, never on their command line).
 */
record DatabaseAddress(String host, int port, String database, String username, String password) {

    /** From a JDBC address {@code jdbc:postgresql://host[:port]/database[?…]}. */
    static DatabaseAddress ofJdbcUrl(String jdbcUrl, String username, String password) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new CommandException("Adresse de base non prise en charge : « " + jdbcUrl
                    + " » (attendu : jdbc:postgresql://hôte:port/base).");
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || path.isEmpty()) {
            throw new CommandException("Adresse de base incomplète : « " + jdbcUrl + " » (hôte et base attendus).");
        }
        return new DatabaseAddress(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), path, username, password);
    }

    /** The same server, another database on it. */
    DatabaseAddress withDatabase(String other) {
        return new DatabaseAddress(host, port, other, username, password);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), username, password == null ? "" : password);
    }

    /** The connection options of {@code pg_dump} and {@code pg_restore}. */
    List<String> toolOptions() {
        return List.of("--host=" + host, "--port=" + port, "--username=" + username, "--dbname=" + database);
    }

    @Override
    public String toString() {
        return database + " sur " + host + ":" + port;
    }
}
