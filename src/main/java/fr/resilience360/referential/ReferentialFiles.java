package fr.resilience360.referential;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads a referential from its YAML file and checks that it is coherent. Plain Java: usable without Spring. */
public final class ReferentialFiles {

    /** Classpath folder holding one file per referential, named {@code <id>.yaml}. */
    public static final String CLASSPATH_FOLDER = "referentials/";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ReferentialFiles() {}

    public static Referential read(InputStream yaml, String sourceName) {
        try {
            return validate(YAML.readValue(yaml, Referential.class), sourceName);
        } catch (JacksonException e) {
            throw new IllegalStateException(
                    "Référentiel illisible (" + sourceName + ") : " + e.getOriginalMessage(), e);
        }
    }

    /** Reads {@code referentials/<id>.yaml} from the classpath. */
    public static Referential fromClasspath(String id) {
        String path = CLASSPATH_FOLDER + id + ".yaml";
        try (InputStream in = ReferentialFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("Référentiel introuvable : " + path);
            }
            return read(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Referential validate(Referential referential, String sourceName) {
        Set<String> needIds = referential.needs().stream().map(Need::id).collect(Collectors.toSet());
        Set<Integer> sheetRows = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (IndicatorRow row : referential.rows()) {
            String where = sourceName + ", ligne " + row.row() + " (" + row.id() + ")";
            require(needIds.contains(row.need()), where + " : besoin inconnu " + row.need());
            require(sheetRows.add(row.row()), where + " : numéro de ligne en double");
            require(keys.add(row.key()), where + " : indicateur en double dans le besoin");
            require(row.valueType() != null && row.scale() != null, where + " : type de valeur ou échelle manquant");
            if (row.isNumeric()) {
                require(row.anchors() != null, where + " : bornes manquantes");
            } else {
                require(row.labels().size() == 3, where + " : trois modalités attendues");
            }
        }
        return referential;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Référentiel incohérent : " + message);
        }
    }
}
