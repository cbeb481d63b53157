package fr.resilience360.online;

import fr.resilience360.shared.Coded;

/** A diagnostic is a draft its members edit, or a published version nobody may change. */
public enum DiagnosticStatus implements Coded {
    BROUILLON("brouillon", "brouillon"),
    PUBLIE("publie", "publié");

    private final String code;
    private final String label;

    DiagnosticStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** As stored and as the API writes it. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    static DiagnosticStatus fromCode(String code) {
        return Coded.find(DiagnosticStatus.class, code)
                .orElseThrow(() -> new IllegalArgumentException("Statut inconnu : " + code));
    }
}
