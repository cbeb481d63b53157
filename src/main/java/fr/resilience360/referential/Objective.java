package fr.resilience360.referential;

/** The objective an indicator serves within its need (documentation page, « Type d'objectif »). */
public enum Objective {
    TRANSVERSE("Transverse"),
    SUBSISTANCE("Subsistance"),
    GESTION_DE_CRISE("Gestion de crise"),
    SOUTENABILITE("Soutenabilité");

    private final String label;

    Objective(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
