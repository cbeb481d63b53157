package fr.resilience360.observatory.importing;

import fr.resilience360.observatory.ActorType;
import fr.resilience360.observatory.AggregationRule;
import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.observatory.ValueMethod;
import fr.resilience360.observatory.importing.DatasetParser.Row;
import fr.resilience360.observatory.importing.DatasetParser.Slot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the lines read into values: the lines of codes folded onto one territory (historical codes, arrondissements)
 * are combined with the indicator's rule, a value repeated in many territories is flagged as the producer's smoothing
 * marks it, and communes absent from the file get the mapping's absent value when it declares one.
 */
final class ParsedRows {

    /** A value shared by at least this many territories is flagged (the mapping's {@code flagRepeated}). */
    static final int MIN_REPEATS_FOR_FLAG = 5;

    private final DatasetMapping mapping;
    private final DatasetParser.Codes codes;
    private final List<Slot> slots;
    private final int[] weightSlot;

    ParsedRows(DatasetMapping mapping, DatasetParser.Codes codes, List<Slot> slots, int[] weightSlot) {
        this.mapping = mapping;
        this.codes = codes;
        this.slots = slots;
        this.weightSlot = weightSlot;
    }

    List<IndicatorValue> values(List<Row> rows) {
        Map<String, List<Row>> byTerritory = new LinkedHashMap<>();
        for (Row r : rows)
            byTerritory
                    .computeIfAbsent(r.territoryId(), k -> new ArrayList<>(1))
                    .add(r);
        List<Set<Double>> repeated = repeatedValues(rows);
        List<IndicatorValue> out = new ArrayList<>(rows.size() * slots.size());
        for (var entry : byTerritory.entrySet()) {
            List<Row> group = withoutArrondissementsOfListedCommune(entry.getKey(), entry.getValue());
            for (int i = 0; i < slots.size(); i++) {
                double v = group.size() == 1 ? group.get(0).values()[i] : combine(group, i);
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
        if (group.size() == 1 || group.stream().noneMatch(r -> r.sourceCode().equals(territory))) return group;
        List<Row> kept = group.stream()
                .filter(r -> !codes.isArrondissement(r.sourceCode()))
                .toList();
        return kept.isEmpty() ? group : kept;
    }

    private double combine(List<Row> group, int slot) {
        AggregationRule rule = DatasetParser.rule(slots.get(slot).indicator());
        double sum = 0, weights = 0, max = Double.NaN;
        int n = 0;
        for (Row r : group) {
            double v = r.values()[slot];
            if (Double.isNaN(v)) continue;
            double w = weightSlot[slot] >= 0 ? r.values()[weightSlot[slot]] : 1;
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
                    if (r.values()[i] != 0 && !Double.isNaN(r.values()[i]))
                        counts.merge(r.values()[i], 1, Integer::sum);
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
            if (s.indicator().absentValue() == null) continue;
            for (String commune : codes.communes())
                if (!present.contains(commune))
                    out.add(row(s, commune, s.indicator().absentValue(), "absent du fichier", List.of()));
        }
    }

    private IndicatorValue row(Slot s, String territory, double value, String detail, List<String> flags) {
        String actor = s.indicator().actorType() == null
                ? ActorType.TERRITOIRES.code()
                : s.indicator().actorType();
        return new IndicatorValue(
                new IndicatorValue.Key(territory, s.indicator().id(), s.period(), ActorType.fromCode(actor)),
                value,
                new IndicatorValue.Provenance(
                        ValueMethod.PUBLIE,
                        detail,
                        null,
                        flags,
                        mapping.dataset().id()));
    }
}
