package fr.resilience360.diagnostic.prefill;

/**
 * Diag360 row bi1_i04 « Taux d'actifs et d'emplois » is a level from 1 to 5 on the DATAR Nouvelle-Aquitaine map
 * crossing the share of employed residents with the jobs located in the territory; the map does not publish its
 * class limits. This rule rebuilds such a level from two INSEE figures of the EPCI (RP 2022): the employment rate of
 * the 15–64 year-olds (employed residents) and the concentration of employment (jobs per 100 employed residents).
 * Each figure counts 0, 1 or 2 by national tercile of the 1,243 EPCI of the bundled INSEE file; the level is
 * 1 + both counts: 5 when both are strong, 1 when both are weak, 3 when one is strong and the other weak — the
 * order of the four categories of the Diag360 documentation.
 */
final class ActivityAndJobsScale {

    /** Terciles of {@code eco_txemp_1564_22} over the EPCI of the bundled INSEE file (%). */
    static final double EMPLOYMENT_RATE_LOW = 66.74;

    static final double EMPLOYMENT_RATE_HIGH = 70.83;

    /** Terciles of {@code eco_ratio_emplt_actoc_22} over the same EPCI (jobs per 100 employed residents). */
    static final double CONCENTRATION_LOW = 66.7;

    static final double CONCENTRATION_HIGH = 93.5;

    static final String APPROXIMATION = "niveau 1 à 5 reconstitué : 1 + tercile national (0, 1 ou 2) du taux "
            + "d'emploi des 15-64 ans (limites 66,7 % et 70,8 %) + tercile de l'indicateur de concentration d'emploi "
            + "(limites 66,7 et 93,5 emplois pour 100 actifs occupés), INSEE RP 2022 ; la carte DATAR dont Diag360 "
            + "tire ce niveau ne publie pas ses seuils";

    private ActivityAndJobsScale() {}

    static double level(double employmentRate, double jobsPer100Employed) {
        return 1
                + tercile(employmentRate, EMPLOYMENT_RATE_LOW, EMPLOYMENT_RATE_HIGH)
                + tercile(jobsPer100Employed, CONCENTRATION_LOW, CONCENTRATION_HIGH);
    }

    private static int tercile(double value, double low, double high) {
        return value < low ? 0 : value < high ? 1 : 2;
    }
}
