package fr.resilience360.observatory.importing;

import fr.resilience360.observatory.AggregationRule;
import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.observatory.ObservationPeriod;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Reads a file with its mapping into values, validating as it goes: header, number of fields, codes (well formed,
 * folded to the COG 2025), numbers and ranges. The first error stops the reading with its line and column.
 * Several rows for one territory (historical communes merged since, municipal arrondissements) are combined with the
 * indicator's aggregation rule.
 */
public final class DatasetParser {

    /** The territories known to the division. */
    public interface Codes {
        boolean wellFormed(String level, String code);

        Optional<String> resolve(String level, String code);

        Set<String> communes();

        /** Whether a code is a municipal arrondissement of Paris, Lyon or Marseille. */
        boolean isArrondissement(String code);
    }

    /** The values read and what was left aside. */
    public record Parsed(List<IndicatorValue> rows, int lines, int unknownCodes, List<String> unknownExamples) {}

    /** One value a line gives: an indicator for a period, computed from the line's columns (none: presence). */
    record Slot(DatasetMapping.IndicatorSpec indicator, ObservationPeriod period, Expression expression) {}

    /** A line read: the territory its code resolves to, the code as written and the values of every slot. */
    record Row(String territoryId, String sourceCode, double[] values) {}

    private final DatasetMapping mapping;
    private final Codes codes;
    private final List<Slot> slots = new ArrayList<>();
    private final int[] weightSlot;

    public DatasetParser(DatasetMapping mapping, Codes codes) {
        this.mapping = mapping;
        this.codes = codes;
        for (DatasetMapping.IndicatorSpec spec : mapping.indicators()) {
            if (rule(spec).computed()) continue;
            for (DatasetMapping.ValueSpec v : spec.values()) {
                Expression e = Boolean.TRUE.equals(spec.presence()) ? null : Expression.parse(v.column());
                slots.add(new Slot(spec, ObservationPeriod.parse(v.period()), e));
            }
        }
        weightSlot = new int[slots.size()];
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            String weight = s.indicator.aggregation() == null
                    ? null
                    : s.indicator.aggregation().weight();
            weightSlot[i] = -1;
            for (int j = 0; j < slots.size(); j++)
                if (slots.get(j).indicator.id().equals(weight)
                        && slots.get(j).period.equals(s.period)) weightSlot[i] = j;
        }
    }

    static AggregationRule rule(DatasetMapping.IndicatorSpec spec) {
        return spec.aggregation() == null
                ? AggregationRule.AUCUNE
                : AggregationRule.fromCode(spec.aggregation().rule());
    }

    public Parsed parse(InputStream in, String fileName, IntConsumer progress) throws IOException {
        DatasetMapping.Layout layout = mapping.file();
        char separator = layout.separator() == null || layout.separator().isEmpty()
                ? ','
                : layout.separator().charAt(0);
        List<String> levels = List.of((layout.level() == null ? "commune" : layout.level()).split("\\|"));
        List<Row> rows = new ArrayList<>();
        int unknown = 0;
        List<String> unknownExamples = new ArrayList<>();
        int lines;
        try (CsvRecords csv = new CsvRecords(
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), separator, fileName)) {
            csv.skipTo(layout.headerLineOrFirst());
            List<String> header = csv.next();
            if (header == null) throw new ImportException(fileName, "fichier vide");
            int headerLine = csv.lineNumber();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) columns.put(header.get(i).trim(), i);
            int codeColumn = column(columns, layout.code(), fileName, headerLine);
            int fallbackColumn =
                    layout.fallbackCode() == null ? -1 : column(columns, layout.fallbackCode(), fileName, headerLine);
            for (Slot s : slots)
                if (s.expression != null)
                    for (String c : s.expression.columns()) column(columns, c, fileName, headerLine);

            for (List<String> fields = csv.next(); fields != null; fields = csv.next()) {
                int line = csv.lineNumber();
                if (fields.size() != header.size())
                    throw new ImportException(
                            fileName,
                            line,
                            0,
                            null,
                            fields.size() + " champs au lieu de " + header.size()
                                    + " (ligne tronquée ou séparateur en trop)");
                String code = fields.get(codeColumn).trim();
                int usedColumn = codeColumn;
                if (code.isEmpty() && fallbackColumn >= 0) {
                    code = fields.get(fallbackColumn).trim();
                    usedColumn = fallbackColumn;
                }
                String level = levelOf(levels, code);
                if (level == null)
                    throw new ImportException(
                            fileName,
                            line,
                            usedColumn + 1,
                            header.get(usedColumn),
                            "code « " + code + " » mal formé pour le niveau " + String.join(" ou ", levels));
                Optional<String> territory = codes.resolve(level, code);
                if (territory.isEmpty() && fallbackColumn >= 0 && usedColumn != fallbackColumn) {
                    String old = fields.get(fallbackColumn).trim();
                    String oldLevel = levelOf(levels, old);
                    if (oldLevel != null) territory = codes.resolve(oldLevel, old);
                }
                if (territory.isEmpty()) {
                    unknown++;
                    if (unknownExamples.size() < 10) unknownExamples.add(code);
                    continue;
                }
                rows.add(new Row(territory.get(), code, values(fields, header, columns, line, fileName, separator)));
                if (rows.size() % 5000 == 0) progress.accept(rows.size());
            }
            lines = csv.lineNumber();
        }
        return new Parsed(
                new ParsedRows(mapping, codes, slots, weightSlot).values(rows), lines, unknown, unknownExamples);
    }

    private double[] values(
            List<String> fields,
            List<String> header,
            Map<String, Integer> columns,
            int line,
            String file,
            char separator) {
        double[] values = new double[slots.size()];
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            double v = s.expression == null
                    ? 1
                    : s.expression.eval(name -> number(fields, header, columns.get(name), line, file, separator));
            if (!Double.isNaN(v)) checkRange(s, v, header, columns, line, file);
            values[i] = v;
        }
        return values;
    }

    private static double number(
            List<String> fields, List<String> header, int column, int line, String file, char separator) {
        String cell = fields.get(column).trim();
        if (noValue(cell)) return Double.NaN;
        if (separator != ',') cell = cell.replace(',', '.');
        try {
            double v = Double.parseDouble(cell);
            if (Double.isNaN(v) || Double.isInfinite(v)) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new ImportException(
                    file, line, column + 1, header.get(column), "« " + cell + " » n'est pas un nombre");
        }
    }

    /** The first of the file's levels ({@code epci|commune}: EPCI, and a few communes) whose codes look like this one. */
    private String levelOf(List<String> levels, String code) {
        return levels.stream()
                .filter(l -> codes.wellFormed(l, code))
                .findFirst()
                .orElse(null);
    }

    /** Empty, « NA », « N/A… » (« N/A - résultat non disponible »), « s » (secret) or « nd »: no value. */
    static boolean noValue(String cell) {
        return cell.isEmpty()
                || cell.equalsIgnoreCase("NA")
                || cell.regionMatches(true, 0, "N/A", 0, 3)
                || cell.equals("s")
                || cell.equals("nd");
    }

    private static void checkRange(
            Slot s, double v, List<String> header, Map<String, Integer> columns, int line, String file) {
        Double min = s.indicator.min(), max = s.indicator.max();
        if ((min != null && v < min) || (max != null && v > max)) {
            int column = columns.get(s.expression.columns().iterator().next());
            throw new ImportException(
                    file,
                    line,
                    column + 1,
                    header.get(column),
                    "valeur " + v + " hors de l'intervalle [" + (min == null ? "-∞" : min) + " ; "
                            + (max == null ? "+∞" : max) + "] de l'indicateur " + s.indicator.id());
        }
    }

    private static int column(Map<String, Integer> columns, String name, String file, int headerLine) {
        Integer index = columns.get(name);
        if (index == null)
            throw new ImportException(file, headerLine, 0, null, "colonne « " + name + " » absente de l'en-tête");
        return index;
    }
}
