package fr.resilience360.action.recommendation;

import fr.resilience360.action.CatalogueAction;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Ranks the catalogue's actions for a territory (plain Java; formula in {@code docs/actions.md}):
 *
 * <pre>priority = weakness(main need) + 0.5 × max weakness(other needs)
 *          + 0.15 × weak rows improved (at most 2) + 0.1 × exposing hazards reduced</pre>
 *
 * A weak row is a row of the base noted {@value #WEAK_ROW_NOTE} or less; the exposing hazards are the portrait's
 * (at most 3). Equal priorities are ordered by cost, then difficulty (cheapest, easiest first), then id: the ranking is
 * a stable total order.
 */
final class ActionRanking {

    /** Weight of the other needs (the best of them) against the main need's. */
    static final double SECONDARY_WEIGHT = 0.5;

    static final double WEAK_ROW_NOTE = 0.25;
    static final double ROW_BONUS = 0.15;
    static final int ROWS_COUNTED = 2;
    static final double HAZARD_BONUS = 0.1;

    private ActionRanking() {}

    /** A row of the base with its note (0–1) and its label. */
    record RowNote(String id, String label, double note) {}

    /** A hazard the territory is among the most exposed to. */
    record Hazard(String id, String label) {}

    /** What a territory's ranking depends on. */
    record Territory(Map<String, NeedWeakness.Need> needs, Map<String, RowNote> weakRows, Map<String, Hazard> hazards) {

        static Territory of(Collection<NeedWeakness.Need> needs, Collection<RowNote> rows, Collection<Hazard> hazards) {
            return new Territory(
                    index(needs, NeedWeakness.Need::id),
                    index(rows.stream().filter(r -> r.note() <= WEAK_ROW_NOTE).toList(), RowNote::id),
                    index(hazards, Hazard::id));
        }

        double weakness(String needId) {
            NeedWeakness.Need need = needs.get(needId);
            return need == null ? 0 : need.weakness();
        }
    }

    /**
     * An action's place among the others and why.
     *
     * @param need the weakest of the needs it improves, the one its reason names
     * @param rows the weak rows it improves, weakest first
     * @param hazards the exposing hazards it reduces
     */
    record Scored(
            CatalogueAction action,
            double priority,
            NeedWeakness.Need need,
            List<RowNote> rows,
            List<Hazard> hazards) {}

    static Scored score(CatalogueAction action, Territory territory) {
        List<String> needs = action.needs();
        double main = needs.isEmpty() ? 0 : territory.weakness(needs.get(0));
        double other =
                needs.stream().skip(1).mapToDouble(territory::weakness).max().orElse(0);
        List<RowNote> rows = action.rows().stream()
                .distinct()
                .map(territory.weakRows()::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingDouble(RowNote::note).thenComparing(RowNote::id))
                .toList();
        List<Hazard> hazards = action.hazards().stream()
                .distinct()
                .map(territory.hazards()::get)
                .filter(Objects::nonNull)
                .toList();
        double priority = main
                + SECONDARY_WEIGHT * other
                + ROW_BONUS * Math.min(rows.size(), ROWS_COUNTED)
                + HAZARD_BONUS * hazards.size();
        NeedWeakness.Need weakest = needs.stream()
                .map(territory.needs()::get)
                .filter(Objects::nonNull)
                .reduce((a, b) -> b.weakness() > a.weakness() ? b : a)
                .orElse(null);
        return new Scored(action, priority, weakest, rows, hazards);
    }

    /** Highest priority first, then cheapest, easiest, and by id. */
    static final Comparator<Scored> ORDER = Comparator.comparingDouble((Scored s) -> -s.priority())
            .thenComparing(s -> s.action().cost(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(s -> s.action().difficulty(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(s -> s.action().id());

    /** Every action scored and ordered, the first being rank 1. */
    static List<Scored> rank(Collection<CatalogueAction> actions, Territory territory) {
        return actions.stream().map(a -> score(a, territory)).sorted(ORDER).toList();
    }

    private static <T> Map<String, T> index(Collection<T> items, Function<T, String> id) {
        Map<String, T> out = new java.util.LinkedHashMap<>();
        items.forEach(i -> out.putIfAbsent(id.apply(i), i));
        return Map.copyOf(out);
    }
}
