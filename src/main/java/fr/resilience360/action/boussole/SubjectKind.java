package fr.resilience360.action.boussole;

import fr.resilience360.shared.Coded;

/** What is assessed with the Boussole grid. */
public enum SubjectKind implements Coded {
    PROJET("projet", "Projet"),
    POLITIQUE("politique", "Politique"),
    ACTION_DU_PLAN("action-du-plan", "Action du plan"),
    AUTRE("autre", "Autre");

    private final String code;
    private final String label;

    SubjectKind(String code, String label) {
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
