package fr.resilience360.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL 17 when no {@code spring.datasource.url} is set, and fixes the defaults that
 * are only fit for throw-away test databases (see {@code docs/architecture.md}): durability on, password
 * authentication, data kept in the data directory, Spring (not a JVM hook) stops it, socket in the data
 * directory, recovery of an orphan server left by {@code kill -9}, one instance per data directory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", havingValue = "embedded", matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    DataDirectoryLock dataDirectoryLock(EmbeddedDatabaseProperties properties) throws IOException {
        return DataDirectoryLock.acquire(properties.dataDirectory());
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties, DataDirectoryLock lock)
            throws IOException, InterruptedException {
        Path directory = properties.dataDirectory().toAbsolutePath().normalize();
        OrphanServerRecovery.recover(directory);
        boolean fresh = !Files.exists(directory.resolve("postgresql.conf"));
        String password = fresh ? newPassword(directory) : readPassword(directory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("unix_socket_directories", directory.toString())
                .setConnectConfig("password", password)
                .setConnectConfig("socketTimeout", "5");
        Path pwfile = null;
        if (fresh) {
            pwfile = Files.createTempFile("resilience360-pw", ".txt");
            Files.writeString(pwfile, password);
            Files.setPosixFilePermissions(pwfile, PosixFilePermissions.fromString("rw-r--r--"));
            builder.setLocaleConfig("auth-host", "scram-sha-256")
                    .setLocaleConfig("auth-local", "peer")
                    .setLocaleConfig("pwfile", pwfile.toString())
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            log.info("Première initialisation de la base PostgreSQL embarquée dans {}", directory);
        }
        try {
            EmbeddedPostgres postgres = builder.start();
            checkServesDirectory(postgres, password, directory);
            createDatabaseIfMissing(postgres, properties, password);
            return postgres;
        } finally {
            if (pwfile != null) Files.deleteIfExists(pwfile);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) throws IOException {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + properties.database());
        dataSource.setUsername(properties.username());
        dataSource.setPassword(
                readPassword(properties.dataDirectory().toAbsolutePath().normalize()));
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("resilience360-embedded");
        return dataSource;
    }

    /** A fixed port may be held by another cluster; make sure the server answering is ours. */
    private static void checkServesDirectory(EmbeddedPostgres postgres, String password, Path directory)
            throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show data_directory")) {
            rs.next();
            if (!Path.of(rs.getString(1)).toRealPath().equals(directory.toRealPath())) {
                throw new IllegalStateException("Le serveur PostgreSQL qui répond n'est pas celui de " + directory);
            }
        } catch (SQLException e) {
            throw new IOException("La base PostgreSQL embarquée ne répond pas : " + e.getMessage(), e);
        }
    }

    private static void createDatabaseIfMissing(
            EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties, String password) throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '"
                    + properties.database().replace("'", "''") + "'");
            if (!rs.next()) {
                s.execute("create database \"" + properties.database().replace("\"", "") + "\"");
            }
        } catch (SQLException e) {
            throw new IOException("Impossible de créer la base " + properties.database() + " : " + e.getMessage(), e);
        }
    }

    private static String newPassword(Path directory) throws IOException {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String password = HexFormat.of().formatHex(bytes);
        Path file = passwordFile(directory);
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password);
        return password;
    }

    private static String readPassword(Path directory) throws IOException {
        Path file = passwordFile(directory);
        if (!Files.exists(file)) {
            throw new IllegalStateException("Mot de passe de la base embarquée introuvable (" + file
                    + ") alors que la base existe : restaurez ce fichier ou repartez d'un répertoire de données vide.");
        }
        return Files.readString(file).trim();
    }

    private static Path passwordFile(Path directory) {
        return directory.resolveSibling(directory.getFileName() + ".password");
    }
}
