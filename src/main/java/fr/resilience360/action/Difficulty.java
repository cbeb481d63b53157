package fr.resilience360.action;

import fr.resilience360.shared.Coded;

/** How hard an action is for a small collectivité to carry out (skills, partners, regulation). Ordered from easiest. */
public enum Difficulty implements Coded {
    FAIBLE("faible", "Facile"),
    MOYENNE("moyenne", "Moyennement difficile"),
    ELEVEE("elevee", "Difficile");

    private final String code;
    private final String label;

    Difficulty(String code, String label) {
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
