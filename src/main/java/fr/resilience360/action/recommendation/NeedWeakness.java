package fr.resilience360.action.recommendation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * How weak a need of a territory is, from three signals: its score (latest published diagnostic, else the open-data
 * pre-fill), its rank among the needs the stress test hits hardest (the portrait's « Besoins les plus touchés ») and,
 * when enough inhabitants answered, their perception of it. Plain Java; the formula is in {@code docs/actions.md}:
 *
 * <pre>weakness = (1 − score) + 0.3 × (4 − rank) / 3 + 0.3 × (1 − perception)</pre>
 *
 * where the rank term counts only for the 3 most hit needs and the perception term only when the index is shown. A need
 * without score keeps the other two terms and is never listed among the weakest (its score is unknown, not zero).
 */
final class NeedWeakness {

    /** Weight of the stress test's rank: the most hit need gets the whole of it, the 3rd a third. */
    static final double STRESS_WEIGHT = 0.3;

    /** Weight of the inhabitants' perception (its distance to 1). */
    static final double PERCEPTION_WEIGHT = 0.3;

    /** How many needs the stress test's highlights rank (the portrait shows 3). */
    static final int HIT_RANKS = 3;

    /** How many needs the « besoins faibles » list holds. */
    static final int LISTED = 3;

    private NeedWeakness() {}

    /**
     * A need of the territory and its three signals.
     *
     * @param score 0–1, null when the base has no note for it
     * @param hitRank 1 for the need the stress test hits hardest … {@link #HIT_RANKS}; 0 when not among them
     * @param perception the inhabitants' index (0–1), null when not shown
     */
    record Need(String id, String name, Double score, int hitRank, Double perception) {

        public double weakness() {
            return NeedWeakness.weakness(score, hitRank, perception);
        }
    }

    static double weakness(Double score, int hitRank, Double perception) {
        double w = score == null ? 0 : 1 - score;
        if (hitRank >= 1 && hitRank <= HIT_RANKS) w += STRESS_WEIGHT * (HIT_RANKS + 1 - hitRank) / HIT_RANKS;
        if (perception != null) w += PERCEPTION_WEIGHT * (1 - perception);
        return w;
    }

    /** Weakest first; equal weaknesses by lower score, then id, so that the order is stable. */
    static final Comparator<Need> WEAKEST_FIRST = Comparator.comparingDouble((Need n) -> -n.weakness())
            .thenComparingDouble(n -> n.score() == null ? 2 : n.score())
            .thenComparing(Need::id);

    /** Every need, weakest first. */
    static List<Need> ordered(Collection<Need> needs) {
        return needs.stream().sorted(WEAKEST_FIRST).toList();
    }

    /** The {@link #LISTED} weakest needs that have a score, weakest first. */
    static List<Need> weakest(Collection<Need> needs) {
        return needs.stream()
                .filter(n -> n.score() != null)
                .sorted(WEAKEST_FIRST)
                .limit(LISTED)
                .toList();
    }
}
