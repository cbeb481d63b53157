package fr.resilience360.shared;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers which version of each bundled dataset is in the database, so that a start loads a dataset once
 * and a new version of the file (another checksum) is loaded again.
 */
@Component
public class DatasetLoads {

    private final JdbcClient jdbc;

    public DatasetLoads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> loadedVersion(String dataset) {
        return jdbc.sql("select version from shared.dataset_load where dataset = ?")
                .param(dataset)
                .query(String.class)
                .optional();
    }

    public boolean isLoaded(String dataset, String version) {
        return loadedVersion(dataset).filter(version::equals).isPresent();
    }

    /** Call inside the transaction that loads the data, so the mark and the data commit together. */
    public void markLoaded(String dataset, String version, int rowCount) {
        jdbc.sql("""
                insert into shared.dataset_load (dataset, version, row_count) values (?, ?, ?)
                on conflict (dataset) do update
                set version = excluded.version, row_count = excluded.row_count, loaded_at = now()
                """).params(dataset, version, rowCount).update();
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
