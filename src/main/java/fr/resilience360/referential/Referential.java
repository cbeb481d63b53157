package fr.resilience360.referential;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A grid of indicators grouped by needs, with its provenance (attribution, licence, source file). Rows are kept in the
 * grid's order.
 */
public record Referential(
        String id,
        String name,
        String version,
        String attribution,
        String licence,
        String source,
        List<Need> needs,
        List<IndicatorRow> rows) {

    public Referential {
        needs = List.copyOf(needs);
        rows = List.copyOf(rows);
    }

    public Need need(String needId) {
        return needs.stream()
                .filter(n -> n.id().equals(needId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Besoin inconnu : " + needId));
    }

    public Optional<IndicatorRow> rowAt(int sheetRow) {
        return rows.stream().filter(r -> r.placement().sheetRow() == sheetRow).findFirst();
    }

    public List<IndicatorRow> rowsOf(String needId) {
        return rows.stream().filter(r -> r.need().equals(needId)).toList();
    }

    public Map<String, IndicatorRow> rowsByKey() {
        return rows.stream().collect(Collectors.toMap(IndicatorRow::key, Function.identity()));
    }

    /** A copy of this referential whose rows went through {@code change} (e.g. relative thresholds, a curve). */
    public Referential mapRows(UnaryOperator<IndicatorRow> change) {
        return new Referential(
                id,
                name,
                version,
                attribution,
                licence,
                source,
                needs,
                rows.stream().map(change).toList());
    }
}
