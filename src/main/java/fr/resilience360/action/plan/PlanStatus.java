package fr.resilience360.action.plan;

import fr.resilience360.shared.Coded;

/** An action's status as its pilot sets it. « En retard » is not one: it is derived from the dates ({@link PlanLateness}). */
public enum PlanStatus implements Coded {
    A_VENIR("a-venir", "À venir"),
    EN_COURS("en-cours", "En cours"),
    REALISE("realise", "Réalisé"),
    EN_PAUSE("en-pause", "En pause"),
    ABANDONNE("abandonne", "Abandonné");

    private final String code;
    private final String label;

    PlanStatus(String code, String label) {
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
