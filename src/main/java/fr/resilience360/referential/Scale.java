package fr.resilience360.referential;

/**
 * The unit scale of a row's thresholds. The Diag360 workbook mixes them: some « % » rows use fractions (0.89),
 * others percentages (32.3). A value known in one scale is converted to the row's scale before scoring.
 */
public enum Scale {
    /** A share between 0 and 1 (unit « % » with thresholds within [-1, 1]). */
    FRACTION,
    /** A share between 0 and 100 (unit « % » with thresholds beyond 1). */
    PERCENT,
    /** A count, a ratio or a physical quantity: no conversion applies. */
    RAW,
    /** Ordinal rows: no numeric scale. */
    NONE;

    /**
     * Converts {@code value}, expressed in scale {@code from}, into this scale. Only fraction ↔ percentage
     * conversions change the value; any other pair returns it unchanged.
     */
    public double convert(double value, Scale from) {
        if (from == FRACTION && this == PERCENT) {
            return value * 100.0;
        }
        if (from == PERCENT && this == FRACTION) {
            return value / 100.0;
        }
        return value;
    }
}
