package fr.resilience360.database;

import fr.resilience360.shared.CommandException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The embedded server for a {@code backup} or {@code restore} command. When the site (or another command) runs on
 * the data directory, it holds the directory's lock and its server is used as it is, found by the port written in
 * {@code postmaster.pid}: never a second server on the same directory. Otherwise the command starts the server
 * itself, as the application does, and stops it when done.
 */
final class EmbeddedAccess implements AutoCloseable {

    private final DatabaseAddress address;
    private final EmbeddedPostgresServer startedHere;

    private EmbeddedAccess(DatabaseAddress address, EmbeddedPostgresServer startedHere) {
        this.address = address;
        this.startedHere = startedHere;
    }

    /**
     * @param running whether a server already running under another process may be used (a backup) or must be
     *     refused (a restore, which would change the data under the site's feet)
     * @param fresh whether an empty data directory may be created (a restore) or is an error (a backup)
     */
    static EmbeddedAccess open(EmbeddedDatabaseProperties settings, boolean running, boolean fresh)
            throws IOException, InterruptedException {
        Path directory = settings.dataDirectory().toAbsolutePath().normalize();
        if (!fresh && !Files.exists(directory.resolve("postgresql.conf"))) {
            throw new CommandException(
                    "Aucune base dans " + directory + " : rien à sauvegarder (répertoire de données : "
                            + "resilience360.database.data-directory ou RESILIENCE360_DATA).");
        }
        DataDirectoryLock lock;
        try {
            lock = DataDirectoryLock.acquire(directory);
        } catch (IllegalStateException held) {
            if (!running) {
                throw new CommandException("Le site (ou une autre commande) utilise la base de " + directory
                        + " : arrêtez-le avant de restaurer, la restauration remplacerait ses données en marche.");
            }
            return new EmbeddedAccess(runningServer(directory, settings), null);
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(lock, directory, settings.database());
        return new EmbeddedAccess(server.address(settings.database(), settings.username()), server);
    }

    DatabaseAddress address() {
        return address;
    }

    @Override
    public void close() throws IOException {
        if (startedHere != null) startedHere.close();
    }

    /** The server of the process holding the lock: its port is the fourth line of {@code postmaster.pid}. */
    private static DatabaseAddress runningServer(Path directory, EmbeddedDatabaseProperties settings)
            throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
        if (lines.size() < 4 || !lines.get(3).strip().matches("\\d+")) {
            throw new CommandException("Le site utilise la base de " + directory
                    + " mais son serveur PostgreSQL n'est pas encore prêt : réessayez dans quelques secondes.");
        }
        int port = Integer.parseInt(lines.get(3).strip());
        return new DatabaseAddress(
                "localhost",
                port,
                settings.database(),
                settings.username(),
                EmbeddedPostgresServer.readPassword(directory));
    }
}
