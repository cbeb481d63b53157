package fr.resilience360.action.plan;

import fr.resilience360.shared.Coded;

/** What justifies an action: a row of the diagnostic, a stress test result, a survey finding, or something else. */
public enum JustificationKind implements Coded {
    LIGNE_DIAGNOSTIC("ligne-diagnostic", "Ligne du diagnostic"),
    RESULTAT_STRESS_TEST("resultat-stress-test", "Résultat du stress test"),
    CONSTAT_ENQUETE("constat-enquete", "Constat de l'enquête"),
    AUTRE("autre", "Autre");

    private final String code;
    private final String label;

    JustificationKind(String code, String label) {
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
