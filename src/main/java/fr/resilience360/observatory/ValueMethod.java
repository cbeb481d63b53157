package fr.resilience360.observatory;

/** Where a value comes from. */
public enum ValueMethod {
    /** Published by the producer at the territory's own level. */
    PUBLIE("publié"),
    /** Aggregated from the values of the territory's communes with the indicator's rule. */
    AGREGE("agrégé des communes"),
    /** Typed by a user of the territory. */
    DECLARE("déclaré"),
    /** Computed from other indicators (e.g. a count per 10,000 inhabitants). */
    CALCULE("calculé");

    private final String label;

    ValueMethod(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public static ValueMethod fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
