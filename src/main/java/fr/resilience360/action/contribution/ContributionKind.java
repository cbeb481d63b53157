package fr.resilience360.action.contribution;

import fr.resilience360.shared.Coded;

/** What a signed-in user proposes: a new action for the catalogue, or an experience feedback on an action. */
enum ContributionKind implements Coded {
    ACTION("action", "Nouvelle action"),
    FEEDBACK("retour", "Retour d'expérience");

    private final String code;
    private final String label;

    ContributionKind(String code, String label) {
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
