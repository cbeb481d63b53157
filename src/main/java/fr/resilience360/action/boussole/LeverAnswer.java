package fr.resilience360.action.boussole;

import fr.resilience360.shared.Coded;

/**
 * How far an assessed subject treats one lever of the Boussole. The weight is our reading convention for the radar
 * (the Boussole itself gives no score): pleinement 1, en partie 0.5, ne traite pas 0.
 */
public enum LeverAnswer implements Coded {
    NE_TRAITE_PAS("ne-traite-pas", "Ne traite pas", 0),
    EN_PARTIE("en-partie", "En partie", 0.5),
    PLEINEMENT("pleinement", "Pleinement", 1);

    private final String code;
    private final String label;
    private final double weight;

    LeverAnswer(String code, String label, double weight) {
        this.code = code;
        this.label = label;
        this.weight = weight;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The share of the lever counted as treated: 0, 0.5 or 1. */
    public double weight() {
        return weight;
    }
}
