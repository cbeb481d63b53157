package fr.resilience360.action.contribution;

import fr.resilience360.shared.Coded;

/** Where a contribution stands: waiting for a moderator, then accepted or rejected (with a reason), for good. */
enum ContributionState implements Coded {
    PENDING("en-attente", "En attente de modération"),
    ACCEPTED("acceptee", "Acceptée"),
    REJECTED("refusee", "Refusée");

    private final String code;
    private final String label;

    ContributionState(String code, String label) {
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
