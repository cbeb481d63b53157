package fr.resilience360.action.toolbox;

import fr.resilience360.shared.Coded;

/** Where a step of a parcours stands. */
public enum StepStatus implements Coded {
    A_VENIR("À venir"),
    EN_COURS("En cours"),
    FAIT("Fait"),
    ABANDONNE("Abandonné");

    private final String label;

    StepStatus(String label) {
        this.label = label;
    }

    /** {@code a_venir}, {@code en_cours}, {@code fait}, {@code abandonne}: as stored and as the API writes it. */
    @Override
    public String code() {
        return name().toLowerCase();
    }

    public String label() {
        return label;
    }
}
