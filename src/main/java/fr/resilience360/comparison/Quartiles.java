package fr.resilience360.comparison;

import java.util.Arrays;
import java.util.Optional;

/**
 * The first quartile, median and third quartile of a set of scores, by linear interpolation between the closest ranks
 * (QUANTILE.INC in a spreadsheet, R type 7; as the observatory's distributions): p-quantile of n sorted values =
 * x[h] interpolated at h = (n − 1)·p, counting from 0.
 *
 * @param n how many values
 */
public record Quartiles(int n, double q1, double median, double q3) {

    /** The quartiles of these values; empty when there is none. NaN values are left out. */
    public static Optional<Quartiles> of(double... values) {
        double[] sorted =
                Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (sorted.length == 0) return Optional.empty();
        return Optional.of(
                new Quartiles(sorted.length, quantile(sorted, 0.25), quantile(sorted, 0.5), quantile(sorted, 0.75)));
    }

    /** The p-quantile (0 ≤ p ≤ 1) of values sorted in ascending order, at least one. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}
