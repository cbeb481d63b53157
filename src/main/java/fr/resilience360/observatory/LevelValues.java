package fr.resilience360.observatory;

import java.util.Arrays;

/**
 * The values of an indicator at one level and period, sorted ascending, with their distribution: where any value
 * stands among them is a binary search.
 */
record LevelValues(RelativePositions.Distribution distribution, double[] sorted) {

    /**
     * The position of a value: rank 1 is the highest (ties share the rank); the percentile is the share of values
     * below it, ties counting half, from 0 to 100.
     */
    RelativePositions.Position position(String indicatorId, ObservationPeriod period, double value) {
        int n = sorted.length;
        int below = firstIndexNotBelow(value);
        int equal = firstIndexAbove(value) - below;
        double percentile = n == 0 ? 0 : (below + 0.5 * equal) / n * 100;
        return new RelativePositions.Position(indicatorId, period, value, n - below - equal + 1, n, percentile);
    }

    private int firstIndexNotBelow(double value) {
        int low = 0, high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    private int firstIndexAbove(double value) {
        int low = 0, high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) low = mid + 1;
            else high = mid;
        }
        return low;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LevelValues other
                && distribution.equals(other.distribution)
                && Arrays.equals(sorted, other.sorted);
    }

    @Override
    public int hashCode() {
        return 31 * distribution.hashCode() + Arrays.hashCode(sorted);
    }

    @Override
    public String toString() {
        return "LevelValues[" + distribution + ", " + sorted.length + " values]";
    }
}
