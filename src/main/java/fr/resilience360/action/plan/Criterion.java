package fr.resilience360.action.plan;

import fr.resilience360.shared.Coded;

/** The six criteria of the plan's multi-criteria prioritisation ({@link Prioritisation}), each scored 0–1. */
public enum Criterion implements Coded {
    IMPACT("impact", "Impact sur les besoins faibles"),
    BOUSSOLE("boussole", "Couverture de la Boussole"),
    COUT("cout", "Coût (moins cher : mieux)"),
    FAISABILITE("faisabilite", "Faisabilité"),
    DELAI("delai", "Délai (plus rapide : mieux)"),
    COBENEFICES("cobenefices", "Co-bénéfices");

    private final String code;
    private final String label;

    Criterion(String code, String label) {
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
