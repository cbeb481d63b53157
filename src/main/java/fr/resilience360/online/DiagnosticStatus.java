package fr.resilience360.online;

import java.util.Arrays;

/** A diagnostic is a draft its members edit, or a published version nobody may change. */
public enum DiagnosticStatus {
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
        return Arrays.stream(values())
                .filter(s -> s.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Statut inconnu : " + code));
    }
}
