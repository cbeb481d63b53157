package fr.resilience360.diagnostic;

import fr.resilience360.referential.Anchors;
import fr.resilience360.referential.IndicatorRow;

/**
 * Relative thresholds computed from the distribution of a population of territories, as the Diag360 method does for
 * its « Relatif » rows (documentation pages: « répartition des collectivités selon 9 quantiles », the value scored 0
 * being the last quantile and the value scored 1 the first one, or the reverse). Quantiles use linear interpolation
 * between order statistics (Hyndman &amp; Fan type 7, the spreadsheet's QUANTILE.INC).
 */
public final class RelativeBornage {

    /** The first and last of 9 quantiles. */
    public static final double FIRST_DECILE = 0.1;

    public static final double LAST_DECILE = 0.9;

    private RelativeBornage() {}

    /** The p-quantile (0 ≤ p ≤ 1) of values sorted in ascending order. */
    public static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("Distribution vide");
        }
        if (p < 0 || p > 1 || Double.isNaN(p)) {
            throw new IllegalArgumentException("Position de quantile hors de [0, 1] : " + p);
        }
        double h = (sorted.length - 1) * p;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }

    /**
     * Anchors given as quantile positions turned into thresholds: {@code zero}, {@code half}, {@code one} are the
     * positions of the values scored 0, 0.5 and 1 ({@code half} may be null).
     */
    public static Anchors thresholds(double[] sorted, double zero, Double half, double one) {
        return new Anchors(quantile(sorted, zero), half == null ? null : quantile(sorted, half), quantile(sorted, one));
    }

    /**
     * New thresholds for {@code row} from the population's distribution, keeping the row's direction: when its value
     * scored 1 is below its value scored 0 (lower is better), 1 goes to the first decile and 0 to the last one.
     */
    public static IndicatorRow apply(IndicatorRow row, double[] sorted) {
        if (!row.isNumeric()) {
            throw new IllegalArgumentException("Bornage relatif impossible sur un indicateur qualitatif : " + row.id());
        }
        boolean lowerIsBetter = ThresholdRule.upper(row.scoring().anchors())
                < ThresholdRule.lower(row.scoring().anchors());
        Anchors anchors = lowerIsBetter
                ? thresholds(sorted, LAST_DECILE, 0.5, FIRST_DECILE)
                : thresholds(sorted, FIRST_DECILE, 0.5, LAST_DECILE);
        return row.withAnchors(anchors);
    }
}
