package fr.resilience360.opendata;

import fr.resilience360.observatory.Indicator;
import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.shared.Csv;
import fr.resilience360.territory.TerritorySummary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The downloadable CSV files (RFC 4180, UTF-8), written as they are read. */
final class CsvFiles {

    static final List<String> VALUE_COLUMNS = List.of(
            "territoire_id",
            "code",
            "nom",
            "indicateur",
            "periode",
            "type_acteur",
            "valeur",
            "unite",
            "methode",
            "couverture",
            "drapeaux",
            "jeu_de_donnees");

    static final List<String> INDICATOR_COLUMNS = List.of(
            "id", "libelle", "definition", "unite", "theme", "type_acteur", "agregation", "poids", "jeu_de_donnees");

    private CsvFiles() {}

    static void indicators(OutputStream out, List<Indicator> indicators) throws IOException {
        Writer w = writer(out);
        Csv.line(w, INDICATOR_COLUMNS);
        for (Indicator i : indicators)
            Csv.line(
                    w,
                    List.of(
                            i.id(),
                            i.label(),
                            i.definition(),
                            i.unit(),
                            i.theme(),
                            i.actorType().code(),
                            i.aggregation().rule().code(),
                            i.aggregation().weight() == null
                                    ? ""
                                    : i.aggregation().weight(),
                            i.datasetId()));
        w.flush();
    }

    /** The values of one level, in the long format: one line per territory, indicator, period and actor type. */
    static void values(
            OutputStream out,
            Map<String, TerritorySummary> territories,
            Map<String, Indicator> indicators,
            Consumer<Consumer<IndicatorValue>> source)
            throws IOException {
        Writer w = writer(out);
        Csv.line(w, VALUE_COLUMNS);
        List<String> row = new ArrayList<>(VALUE_COLUMNS.size());
        try {
            source.accept(v -> {
                TerritorySummary t = territories.get(v.territoryId());
                Indicator i = indicators.get(v.indicatorId());
                row.clear();
                row.add(v.territoryId());
                row.add(t == null ? "" : t.code());
                row.add(t == null ? "" : t.name());
                row.add(v.indicatorId());
                row.add(v.period().toString());
                row.add(v.key().actorType().code());
                row.add(number(v.value()));
                row.add(i == null ? "" : i.unit());
                row.add(v.method().code());
                row.add(v.coverage() == null ? "" : number(v.coverage()));
                row.add(String.join("|", v.flags()));
                row.add(v.datasetId());
                try {
                    Csv.line(w, row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
    }

    /** The shortest decimal that reads back as the same double, without exponent (12.5, 3, 0.00001). */
    static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }
}
