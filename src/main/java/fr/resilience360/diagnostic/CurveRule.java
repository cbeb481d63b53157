package fr.resilience360.diagnostic;

/**
 * Shape of the progression between the two thresholds, from the Diag360 method page {@code methode-bornage.md}:
 * {@code y = (e^(k·t) − 1) / (e^k − 1)} with t the linear note. k = 0 is the linear limit, which the workbook uses:
 * it returns t unchanged so results stay conformant; k &lt; 0 rewards first progress (« logarithmique »), k &gt; 0
 * rewards the last steps (« exponentielle »).
 */
public final class CurveRule {

    private CurveRule() {}

    public static double shape(double t, double k) {
        if (k == 0 || Double.isNaN(t)) {
            return t;
        }
        return Math.expm1(k * t) / Math.expm1(k);
    }
}
