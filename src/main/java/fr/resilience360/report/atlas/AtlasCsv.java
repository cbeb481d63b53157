package fr.resilience360.report.atlas;

import fr.resilience360.shared.Csv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A map's data as CSV for a French spreadsheet, like the site's other exports: UTF-8 with a byte order mark,
 * {@code ;}-separated, decimal comma; one line per territory of the level, by official code, an empty value and the
 * class « donnée absente » when it has none.
 */
final class AtlasCsv {

    static final List<String> COLUMNS = List.of("code", "nom", "valeur", "classe", "source", "annee");

    private AtlasCsv() {}

    static byte[] of(AtlasMap map) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(map.rows().size() * 200);
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            Csv.line(w, COLUMNS, ';');
            for (AtlasMap.Row r : map.rows())
                Csv.line(
                        w,
                        List.of(
                                r.territory().code(),
                                r.territory().name(),
                                r.value() == null
                                        ? ""
                                        : Double.toString(r.value()).replace('.', ','),
                                r.known() ? map.classes().get(r.classIndex()).label() : ChoroplethMap.MISSING.label(),
                                map.source(),
                                map.period()),
                        ';');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** « indicateur-taux_chomage-departement-2022.csv ». */
    static String fileName(AtlasMap map, String extension) {
        String name =
                map.variable().code().replace(':', '-') + "-" + map.level().code() + "-" + map.period();
        return name.replaceAll("[^A-Za-z0-9_-]+", "-") + "." + extension;
    }
}
