package fr.resilience360.referential;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads a referential from its YAML file and checks that it is coherent. Plain Java: usable without Spring. */
public final class ReferentialFiles {

    /** Classpath folder holding one file per referential, named {@code <id>.yaml}. */
    public static final String CLASSPATH_FOLDER = "referentials/";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule("referential-file").addDeserializer(IndicatorRow.class, new RowReader()))
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
            int sheetRow = row.placement().sheetRow();
            IndicatorRow.Scoring scoring = row.scoring();
            String where = sourceName + ", ligne " + sheetRow + " (" + row.id() + ")";
            require(needIds.contains(row.need()), where + " : besoin inconnu " + row.need());
            require(sheetRows.add(sheetRow), where + " : numéro de ligne en double");
            require(keys.add(row.key()), where + " : indicateur en double dans le besoin");
            require(
                    scoring.valueType() != null && scoring.scale() != null,
                    where + " : type de valeur ou échelle manquant");
            if (scoring.isNumeric()) {
                require(scoring.anchors() != null, where + " : bornes manquantes");
            } else {
                require(scoring.labels().size() == 3, where + " : trois modalités attendues");
            }
        }
        return referential;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Référentiel incohérent : " + message);
        }
    }

    /**
     * A row as the file holds it: one flat mapping whose keys are the sheet's columns (and the table
     * {@code referential.indicator_row}), so the generated file stays one line per cell.
     */
    private record RowInFile(
            int row,
            String id,
            String need,
            String designation,
            Objective objective,
            IndicatorKind kind,
            String unit,
            String primarySource,
            String secondarySource,
            ValueType valueType,
            Scale scale,
            List<String> labels,
            Anchors anchors,
            BornageType bornage,
            double curveK,
            String documentationPage,
            String description,
            String justification,
            String thresholdsText,
            String access) {

        IndicatorRow toRow() {
            return new IndicatorRow(
                    new IndicatorRow.Placement(row, id, need, objective, kind),
                    new IndicatorRow.Definition(designation, unit, primarySource, secondarySource, access),
                    new IndicatorRow.Scoring(valueType, scale, labels, anchors, bornage, curveK),
                    new IndicatorRow.Documentation(documentationPage, description, justification, thresholdsText));
        }
    }

    private static final class RowReader extends ValueDeserializer<IndicatorRow> {
        @Override
        public IndicatorRow deserialize(JsonParser parser, DeserializationContext context) {
            return context.readValue(parser, RowInFile.class).toRow();
        }
    }
}
