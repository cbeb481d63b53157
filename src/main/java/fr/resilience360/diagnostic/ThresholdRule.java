package fr.resilience360.diagnostic;

import fr.resilience360.referential.Anchors;

/**
 * Thresholds of a numeric row, from Diag360 v1.3.5, sheet « Bornage définitif », columns K and L:
 * {@code K = IF(M="", N-(O-N), M)} (value scored 0) and {@code L = IF(O="", N-M+N, O)} (value scored 1). As in the
 * spreadsheet, an empty anchor counts as 0 inside the arithmetic.
 */
final class ThresholdRule {

    private ThresholdRule() {}

    static double lower(Anchors anchors) {
        if (anchors.zero() != null) {
            return anchors.zero();
        }
        double half = orZero(anchors.half());
        return half - (orZero(anchors.one()) - half);
    }

    static double upper(Anchors anchors) {
        if (anchors.one() != null) {
            return anchors.one();
        }
        double half = orZero(anchors.half());
        return half - orZero(anchors.zero()) + half;
    }

    private static double orZero(Double value) {
        return value == null ? 0.0 : value;
    }
}
