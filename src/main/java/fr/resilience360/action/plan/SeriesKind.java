package fr.resilience360.action.plan;

import fr.resilience360.shared.Coded;

/** A follow-up indicator's point: a measured result or a target. */
public enum SeriesKind implements Coded {
    RESULTAT("resultat", "Résultat"),
    OBJECTIF("objectif", "Objectif");

    private final String code;
    private final String label;

    SeriesKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
