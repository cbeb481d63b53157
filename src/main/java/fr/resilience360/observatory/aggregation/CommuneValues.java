package fr.resilience360.observatory.aggregation;

import java.util.Map;
import java.util.Set;

/**
 * The communes' published values of one indicator: by period, an array indexed like the {@link CommuneGrid} (NaN when
 * unknown), and the keys {@code period|index} of the values the producer smoothed.
 */
record CommuneValues(Map<String, double[]> byPeriod, Set<String> smoothed) {

    boolean anySmoothed(String period, int[] members) {
        if (smoothed.isEmpty()) return false;
        for (int m : members) if (smoothed.contains(period + '|' + m)) return true;
        return false;
    }
}
