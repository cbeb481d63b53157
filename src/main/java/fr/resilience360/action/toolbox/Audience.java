package fr.resilience360.action.toolbox;

import fr.resilience360.shared.Coded;

/** Who a tool is meant for. */
public enum Audience implements Coded {
    ELUS("Élus"),
    AGENTS("Agents de la collectivité"),
    HABITANTS("Habitants"),
    ASSOCIATIONS("Associations et collectifs"),
    ENTREPRISES("Acteurs économiques"),
    JEUNES("Jeunes et scolaires");

    private final String label;

    Audience(String label) {
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
