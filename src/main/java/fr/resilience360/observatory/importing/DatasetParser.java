package fr.resilience360.observatory.importing;

import fr.resilience360.observatory.ActorType;
import fr.resilience360.observatory.AggregationRule;
import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.observatory.ObservationPeriod;
import fr.resilience360.observatory.ValueMethod;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

    static final int MIN_REPEATS_FOR_FLAG = 5;

    /** The values read and what was left aside. */
    public record Parsed(List<IndicatorValue> rows, int lines, int unknownCodes, List<String> unknownExamples) {}

    private record Slot(DatasetMapping.IndicatorSpec indicator, ObservationPeriod period, Expression expression) {}

    private record Row(String territoryId, String sourceCode, double[] values) {}

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
        String level = layout.level() == null ? "commune" : layout.level();
        List<Row> rows = new ArrayList<>();
        int unknown = 0;
        List<String> unknownExamples = new ArrayList<>();
        int lines;
        try (CsvRecords csv = new CsvRecords(
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), separator, fileName)) {
            List<String> header = csv.next();
            if (header == null) throw new ImportException(fileName, "fichier vide");
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) columns.put(header.get(i).trim(), i);
            int codeColumn = column(columns, layout.code(), fileName);
            int fallbackColumn = layout.fallbackCode() == null ? -1 : column(columns, layout.fallbackCode(), fileName);
            for (Slot s : slots)
                if (s.expression != null) for (String c : s.expression.columns()) column(columns, c, fileName);

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
                if (!codes.wellFormed(level, code))
                    throw new ImportException(
                            fileName,
                            line,
                            usedColumn + 1,
                            header.get(usedColumn),
                            "code « " + code + " » mal formé pour le niveau " + level);
                Optional<String> territory = codes.resolve(level, code);
                if (territory.isEmpty() && fallbackColumn >= 0 && usedColumn != fallbackColumn) {
                    String old = fields.get(fallbackColumn).trim();
                    if (codes.wellFormed(level, old)) territory = codes.resolve(level, old);
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
        return new Parsed(toIndicatorValues(rows), lines, unknown, unknownExamples);
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
        if (cell.isEmpty() || cell.equalsIgnoreCase("NA") || cell.equals("s") || cell.equals("nd")) return Double.NaN;
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

    private List<IndicatorValue> toIndicatorValues(List<Row> rows) {
        Map<String, List<Row>> byTerritory = new LinkedHashMap<>();
        for (Row r : rows)
            byTerritory.computeIfAbsent(r.territoryId, k -> new ArrayList<>(1)).add(r);
        List<Set<Double>> repeated = repeatedValues(rows);
        List<IndicatorValue> out = new ArrayList<>(rows.size() * slots.size());
        for (var entry : byTerritory.entrySet()) {
            List<Row> group = withoutArrondissementsOfListedCommune(entry.getKey(), entry.getValue());
            for (int i = 0; i < slots.size(); i++) {
                double v = group.size() == 1 ? group.get(0).values[i] : combine(group, i);
                if (Double.isNaN(v)) continue;
                List<String> flags =
                        repeated.get(i).contains(v) ? List.of(mapping.file().flagRepeated()) : List.of();
                String detail = group.size() == 1
                        ? null
                        : "fusion de " + group.size() + " codes source ("
                                + String.join(
                                        ", ",
                                        group.stream().map(Row::sourceCode).toList()) + ")";
                out.add(row(slots.get(i), entry.getKey(), v, detail, flags));
            }
        }
        addAbsentCommunes(byTerritory.keySet(), out);
        return out;
    }

    /** A file listing both Paris and its arrondissements: the commune's own row is the value, not their sum. */
    private List<Row> withoutArrondissementsOfListedCommune(String territory, List<Row> group) {
        if (group.size() == 1 || group.stream().noneMatch(r -> r.sourceCode.equals(territory))) return group;
        List<Row> kept = group.stream()
                .filter(r -> !codes.isArrondissement(r.sourceCode))
                .toList();
        return kept.isEmpty() ? group : kept;
    }

    private double combine(List<Row> group, int slot) {
        AggregationRule rule = rule(slots.get(slot).indicator);
        double sum = 0, weights = 0, max = Double.NaN;
        int n = 0;
        for (Row r : group) {
            double v = r.values[slot];
            if (Double.isNaN(v)) continue;
            double w = weightSlot[slot] >= 0 ? r.values[weightSlot[slot]] : 1;
            if (Double.isNaN(w)) w = 0;
            sum += rule == AggregationRule.MOYENNE_PONDEREE ? v * w : v;
            weights += rule == AggregationRule.MOYENNE_PONDEREE ? w : 1;
            max = Double.isNaN(max) ? v : Math.max(max, v);
            n++;
        }
        if (n == 0) return Double.NaN;
        return switch (rule) {
            case SOMME -> sum;
            case MOYENNE_PONDEREE, AUCUNE -> weights == 0 ? Double.NaN : sum / weights;
            default -> max;
        };
    }

    private List<Set<Double>> repeatedValues(List<Row> rows) {
        List<Set<Double>> repeated = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Set<Double> flagged = new HashSet<>();
            if (mapping.file().flagRepeated() != null) {
                Map<Double, Integer> counts = new HashMap<>();
                for (Row r : rows)
                    if (r.values[i] != 0 && !Double.isNaN(r.values[i])) counts.merge(r.values[i], 1, Integer::sum);
                counts.forEach((v, c) -> {
                    if (c >= MIN_REPEATS_FOR_FLAG) flagged.add(v);
                });
            }
            repeated.add(flagged);
        }
        return repeated;
    }

    private void addAbsentCommunes(Set<String> present, List<IndicatorValue> out) {
        for (Slot s : slots) {
            if (s.indicator.absentValue() == null) continue;
            for (String commune : codes.communes())
                if (!present.contains(commune))
                    out.add(row(s, commune, s.indicator.absentValue(), "absent du fichier", List.of()));
        }
    }

    private IndicatorValue row(Slot s, String territory, double value, String detail, List<String> flags) {
        String actor = s.indicator.actorType() == null ? ActorType.TERRITOIRES.code() : s.indicator.actorType();
        return new IndicatorValue(
                new IndicatorValue.Key(territory, s.indicator.id(), s.period, ActorType.fromCode(actor)),
                value,
                new IndicatorValue.Provenance(
                        ValueMethod.PUBLIE,
                        detail,
                        null,
                        flags,
                        mapping.dataset().id()));
    }

    private static int column(Map<String, Integer> columns, String name, String file) {
        Integer index = columns.get(name);
        if (index == null) throw new ImportException(file, 1, 0, null, "colonne « " + name + " » absente de l'en-tête");
        return index;
    }
}
