package fr.resilience360.action.recommendation;

import fr.resilience360.shared.Coded;

/** What a territory's need and row scores come from, as {@code NeedScoreSource} chooses it. */
enum Base implements Coded {
    DIAGNOSTIC_PUBLIE("diagnostic_publie"),
    DONNEES_OUVERTES("donnees_ouvertes");

    private final String code;

    Base(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    static Base of(String source) {
        return "diagnostic_publie".equals(source) ? DIAGNOSTIC_PUBLIE : DONNEES_OUVERTES;
    }
}
