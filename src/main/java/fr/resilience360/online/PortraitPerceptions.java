package fr.resilience360.online;

import java.util.Map;
import java.util.Optional;

/**
 * What the inhabitants say of each need, shown on the portrait beside the need's data score, without this module
 * knowing where it comes from (the {@code survey} module implements it: it depends on this one, so this one may not
 * depend on it). The implementation keeps its results per territory as long as the answers behind them have not
 * changed.
 */
public interface PortraitPerceptions {

    /** The perceptions of a territory's inhabitants, empty when it has no inhabitants' survey. */
    Optional<Perceptions> of(String territoryId);

    /**
     * Changes whenever the perceptions of any territory may change: the published portraits kept for anonymous
     * visitors are rendered again then.
     */
    String version();

    /**
     * @param state changes whenever these perceptions change (the portrait body is rendered again then)
     * @param scope which answers count, in words, shown under the table
     * @param byNeed by need id ({@code bv1}…{@code bi3}); a need without a linked question is absent
     */
    record Perceptions(String state, String scope, Map<String, Perception> byNeed) {

        public Perceptions {
            byNeed = Map.copyOf(byNeed);
        }

        /** The perception of a need, or null when no question is linked to it. */
        public Perception need(String needId) {
            return byNeed.get(needId);
        }
    }

    /**
     * A need's perception index.
     *
     * @param index on the scale of the need's data score (0–1), null when fewer than {@code minimum} answers
     * @param answers the number of answers behind it
     * @param minimum the number of answers below which the index is not shown
     */
    record Perception(Double index, int answers, int minimum) {

        public boolean shown() {
            return index != null;
        }
    }
}
