package fr.resilience360.action.toolbox;

import fr.resilience360.shared.Coded;

/** How long a tool takes, in orders of magnitude for filtering; each tool says more in its own words. */
public enum ToolDuration implements Coded {
    HEURES("Quelques heures"),
    JOURNEE("Une demi-journée à une journée"),
    SEMAINES("Quelques semaines"),
    MOIS("Plusieurs mois");

    private final String label;

    ToolDuration(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name().toLowerCase();
    }

    public String label() {
        return label;
    }
}
