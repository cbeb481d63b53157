package fr.resilience360.action.toolbox;

import fr.resilience360.shared.Coded;

/** When a tool helps in a territory's path, in the order a suggested parcours follows them. */
public enum Phase implements Coded {
    COMPRENDRE("Comprendre"),
    MOBILISER("Mobiliser"),
    DECIDER("Décider"),
    AGIR("Agir"),
    EVALUER("Évaluer");

    private final String label;

    Phase(String label) {
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
