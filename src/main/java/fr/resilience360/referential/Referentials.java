package fr.resilience360.referential;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/** Every referential shipped with the product ({@code classpath:referentials/*.yaml}), by id. */
@Service
public class Referentials {

    /** The official Diag360 grid, version 1.3.5. */
    public static final String DIAG360 = "diag360-1.3.5";

    private final Map<String, Referential> byId;

    public Referentials() {
        this(loadClasspath());
    }

    public Referentials(Collection<Referential> referentials) {
        Map<String, Referential> map = new LinkedHashMap<>();
        referentials.forEach(r -> map.put(r.id(), r));
        this.byId = Map.copyOf(map);
    }

    public Referential byId(String id) {
        Referential referential = byId.get(id);
        if (referential == null) {
            throw new IllegalArgumentException("Référentiel inconnu : " + id + " (connus : " + byId.keySet() + ")");
        }
        return referential;
    }

    public Collection<Referential> all() {
        return byId.values();
    }

    private static Collection<Referential> loadClasspath() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + ReferentialFiles.CLASSPATH_FOLDER + "*.yaml");
            Map<String, Referential> found = new LinkedHashMap<>();
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    Referential referential = ReferentialFiles.read(in, file.getFilename());
                    found.put(referential.id(), referential);
                }
            }
            return found.values();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
