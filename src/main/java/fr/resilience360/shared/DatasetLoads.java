package fr.resilience360.shared;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers which version of each bundled dataset is in the database, so that a start loads a dataset once
 * and a new version of the file (another checksum) is loaded again.
 */
@Component
public class DatasetLoads {

    /** One loaded dataset: its name (without the prefix asked for), version, date and number of rows. */
    public record Load(String dataset, String version, OffsetDateTime loadedAt, int rowCount) {}

    /** How long a fingerprint is trusted before it is read again: the delay for a load by another process. */
    static final long FINGERPRINT_MILLIS = 1_000;

    private final DatasetLoadRepository repository;
    private final Map<String, Fingerprint> fingerprints = new ConcurrentHashMap<>();

    /** A fingerprint as read at a moment. */
    private record Fingerprint(String value, long readAt) {}

    DatasetLoads(DatasetLoadRepository repository) {
        this.repository = repository;
    }

    public Optional<String> loadedVersion(String dataset) {
        return repository.version(dataset);
    }

    public boolean isLoaded(String dataset, String version) {
        return loadedVersion(dataset).filter(version::equals).isPresent();
    }

    /**
     * Call inside the transaction that loads the data, so the mark and the data commit together. The fingerprints of
     * this process are forgotten once it commits, so that its own loads are seen at once.
     */
    public void markLoaded(String dataset, String version, int rowCount) {
        repository.upsert(dataset, version, rowCount);
        if (TransactionSynchronizationManager.isSynchronizationActive())
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    fingerprints.clear();
                }
            });
        else fingerprints.clear();
    }

    /** The datasets whose name starts with {@code prefix} (e.g. {@code observatory/}), by name. */
    public List<Load> loads(String prefix) {
        return repository.withPrefix(prefix);
    }

    /**
     * A digest of the versions and dates of the datasets whose name starts with {@code prefix}: it changes with them.
     * Read at most once per {@link #FINGERPRINT_MILLIS} (pages ask for it several times per request); a load by this
     * process is seen at once, one by another process within that delay.
     */
    public String fingerprint(String prefix) {
        long now = System.currentTimeMillis();
        Fingerprint f = fingerprints.get(prefix);
        if (f == null || now - f.readAt() > FINGERPRINT_MILLIS) {
            f = new Fingerprint(repository.fingerprint(prefix), now);
            fingerprints.put(prefix, f);
        }
        return f.value();
    }

    /** A version for bundled files: the SHA-256 of their bytes, in order. */
    public static String checksum(Resource... resources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (Resource resource : resources) {
                try (InputStream in = new DigestInputStream(resource.getInputStream(), digest)) {
                    while (in.read(buffer) != -1) {
                        // digesting
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new IllegalStateException("Fichier de données illisible : " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
