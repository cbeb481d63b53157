package fr.resilience360.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The settings {@code backup} and {@code restore} need, read as the application reads them but without starting it
 * (these commands run without Spring, so that they never start a second server on a directory the site uses): the
 * bundled {@code application.properties}, then environment variables ({@code SPRING_DATASOURCE_URL},
 * {@code RESILIENCE360_DATA}…) and {@code --name=value} options, which win.
 *
 * @param externalUrl {@code spring.datasource.url} when the application runs on an external server
 */
record BackupSettings(
        Optional<String> externalUrl,
        String username,
        String password,
        EmbeddedDatabaseProperties embedded,
        Optional<Path> pgBin) {

    static BackupSettings read() {
        ConfigurableEnvironment environment = new StandardEnvironment();
        try {
            environment
                    .getPropertySources()
                    .addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(environment);
    }

    static BackupSettings of(Environment environment) {
        Optional<String> url = Optional.ofNullable(environment.getProperty("spring.datasource.url"))
                .filter(u -> !u.isBlank() && !u.equals("embedded"));
        EmbeddedDatabaseProperties embedded = Binder.get(environment)
                .bind("resilience360.database", EmbeddedDatabaseProperties.class)
                .orElseGet(() -> new EmbeddedDatabaseProperties(null, null, null));
        return new BackupSettings(
                url,
                environment.getProperty("spring.datasource.username", embedded.username()),
                environment.getProperty("spring.datasource.password", ""),
                embedded,
                Optional.ofNullable(environment.getProperty("resilience360.backup.pg-bin"))
                        .filter(p -> !p.isBlank())
                        .map(Path::of));
    }

    /** The external server's database, when there is one. */
    Optional<DatabaseAddress> external() {
        return externalUrl.map(u -> DatabaseAddress.ofJdbcUrl(u, username, password));
    }

    /** Something done on the database. */
    interface OnDatabase {
        Backups.Done apply(DatabaseAddress database) throws Exception;
    }

    /**
     * Runs {@code action} on the external server's database, else on the embedded one (see {@link EmbeddedAccess}
     * for {@code running} and {@code fresh}).
     */
    Backups.Done onDatabase(boolean running, boolean fresh, OnDatabase action) throws Exception {
        Optional<DatabaseAddress> database = external();
        if (database.isPresent()) return action.apply(database.get());
        try (EmbeddedAccess access = EmbeddedAccess.open(embedded, running, fresh)) {
            return action.apply(access.address());
        }
    }

    PgTools tools() {
        return PgTools.find(pgBin);
    }
}
