package fr.resilience360.observatory;

/**
 * How the values of a territory's communes make the value of the territory, when the producer does not publish it
 * at that level. Declared by each indicator in its dataset mapping.
 */
public enum AggregationRule {
    /** Counts add up (equipment, decrees, population). */
    SOMME("somme", "somme des communes"),
    /**
     * Rates: the ratio of summed numerators to summed denominators, i.e. the mean of the communes' rates weighted by
     * their denominators (households for a share of households, dwellings for a share of dwellings, standardised
     * population for the APL — DREES method — population otherwise).
     */
    MOYENNE_PONDEREE("moyenne_ponderee", "moyenne des communes pondérée"),
    /** A count per inhabitants: summed numerators over summed population, times a factor (10,000 for pharmacies). */
    RATIO("ratio", "rapport des sommes"),
    /** "Part des communes…": the share of member communes with a non-zero value. */
    PART_COMMUNES("part_communes", "part des communes"),
    /** Presence: a flag true in at least one commune is true for the territory. */
    MAX("max", "présence dans au moins une commune"),
    /** The number of component flags (risk families) present in at least one of the territory's communes. */
    NOMBRE_FAMILLES("nombre_familles", "nombre de familles présentes dans les communes"),
    /**
     * Area exposure: the mean of a climate grid's points inside the territory's outline, computed from the grid for
     * every level above the commune (a commune's value is its nearest point, the communes' file value).
     */
    MOYENNE_SURFACIQUE("moyenne_surfacique", "moyenne des points de la grille dans le contour"),
    /** Not aggregatable (medians, deciles, inter-decile ratios): only published values. */
    AUCUNE("aucune", "publié uniquement");

    private final String code;
    private final String label;

    AggregationRule(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Whether the value is computed at every level from other indicators rather than read from a column. */
    public boolean computed() {
        return this == RATIO || this == NOMBRE_FAMILLES || this == MOYENNE_SURFACIQUE;
    }

    public static AggregationRule fromCode(String code) {
        for (AggregationRule r : values()) if (r.code.equals(code)) return r;
        throw new IllegalArgumentException("Règle d'agrégation inconnue : « " + code + " »");
    }
}
