package fr.resilience360.action;

import fr.resilience360.shared.Coded;

/** How long an action takes before its first effects, in orders of magnitude. Ordered from quickest. */
public enum Delay implements Coded {
    COURT("court", "Moins d'un an"),
    MOYEN("moyen", "Un à trois ans"),
    LONG("long", "Plus de trois ans");

    private final String code;
    private final String label;

    Delay(String code, String label) {
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
