package fr.resilience360.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on the data directory held for the life of the application, so that a second instance
 * on the same directory refuses to start instead of sharing (and corrupting) the cluster.
 * The operating system releases it when the JVM dies, even after {@code kill -9}.
 */
final class DataDirectoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path lockFile = directory.resolveSibling(directory.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException(
                    "Une autre instance de Résilience 360 utilise déjà le répertoire de données "
                            + directory.toAbsolutePath()
                            + ". Arrêtez-la, ou choisissez un autre répertoire avec resilience360.database.data-directory.");
        }
        return new DataDirectoryLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
