package fr.resilience360.opendata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The national distribution of an indicator at one level: quantiles (type 7, linear interpolation between order
 * statistics, as R and spreadsheets compute them), equal-width histogram bins, and the percentile of a value
 * (share of territories with a lower value, ties counted half).
 */
public record Distribution(double[] sorted) {

    public record Bin(double from, double to, int count) {}

    public static Distribution of(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return new Distribution(copy);
    }

    public int count() {
        return sorted.length;
    }

    public boolean isEmpty() {
        return sorted.length == 0;
    }

    public double quantile(double p) {
        if (isEmpty()) return Double.NaN;
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public double mean() {
        return Arrays.stream(sorted).average().orElse(Double.NaN);
    }

    /** Percentile in [0, 100] of a value among this distribution. */
    public double percentile(double value) {
        if (isEmpty()) return Double.NaN;
        int belowOrEqual = sorted.length - countAbove(value);
        int below = sorted.length - countAboveOrEqual(value);
        return 100.0 * (below + (belowOrEqual - below) / 2.0) / sorted.length;
    }

    private int countAboveOrEqual(double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1;
            else hi = mid;
        }
        return sorted.length - lo;
    }

    /** How many values are strictly greater than {@code value} (binary search). */
    public int countAbove(double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) lo = mid + 1;
            else hi = mid;
        }
        return sorted.length - lo;
    }

    /** Up to {@code count} equal-width bins between the 1st and 99th percentiles; outliers fall in the end bins. */
    public List<Bin> histogram(int count) {
        List<Bin> bins = new ArrayList<>();
        if (isEmpty()) return bins;
        double lo = quantile(0.01);
        double hi = quantile(0.99);
        if (hi <= lo) {
            bins.add(new Bin(sorted[0], sorted[sorted.length - 1], sorted.length));
            return bins;
        }
        double width = (hi - lo) / count;
        int[] counts = new int[count];
        for (double v : sorted) {
            int i = (int) Math.floor((v - lo) / width);
            counts[Math.max(0, Math.min(count - 1, i))]++;
        }
        for (int i = 0; i < count; i++) bins.add(new Bin(lo + i * width, lo + (i + 1) * width, counts[i]));
        return bins;
    }
}
