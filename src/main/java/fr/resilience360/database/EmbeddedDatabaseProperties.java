package fr.resilience360.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDirectory where the cluster lives; kept across restarts (default {@code ./data/postgres})
 * @param database the database the application uses
 * @param username the role the application connects with
 */
@ConfigurationProperties("resilience360.database")
public record EmbeddedDatabaseProperties(Path dataDirectory, String database, String username) {

    public EmbeddedDatabaseProperties {
        if (dataDirectory == null) dataDirectory = Path.of("data", "postgres");
        if (database == null) database = "resilience360";
        if (username == null) username = "postgres";
    }
}
