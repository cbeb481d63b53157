package fr.resilience360.action.plan;

import fr.resilience360.shared.Coded;

/** Whether a budget line is investment or operating spending. */
public enum BudgetKind implements Coded {
    INVESTISSEMENT("investissement", "Investissement"),
    FONCTIONNEMENT("fonctionnement", "Fonctionnement");

    private final String code;
    private final String label;

    BudgetKind(String code, String label) {
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
