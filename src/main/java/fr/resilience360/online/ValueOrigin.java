package fr.resilience360.online;

import fr.resilience360.shared.Coded;

/** Where a row's current value comes from. */
public enum ValueOrigin implements Coded {
    /** Pre-filled from the observatory's open data, untouched. */
    DONNEES_OUVERTES("donnees_ouvertes", "données ouvertes"),
    /** Typed by a member (possibly over an open-data value, which stays visible). */
    SAISIE("saisie", "saisie"),
    /** Carried over from an imported Diag360 workbook. */
    CLASSEUR("classeur", "classeur importé"),
    /** Not answered yet. */
    VIDE("vide", "à renseigner");

    private final String code;
    private final String label;

    ValueOrigin(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    static ValueOrigin fromCode(String code) {
        return Coded.find(ValueOrigin.class, code)
                .orElseThrow(() -> new IllegalArgumentException("Origine inconnue : " + code));
    }
}
