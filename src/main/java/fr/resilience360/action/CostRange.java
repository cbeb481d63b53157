package fr.resilience360.action;

import fr.resilience360.shared.Coded;

/** An action's cost, as an indicative order of magnitude for a small collectivité (expert judgement of the fiche's authors, never a quote). Ordered from cheapest. */
public enum CostRange implements Coded {
    MOINS_10K("moins-10k", "Moins de 10 000 €"),
    DE_10K_A_100K("10k-100k", "De 10 000 à 100 000 €"),
    DE_100K_A_1M("100k-1m", "De 100 000 € à 1 million d'€"),
    PLUS_1M("plus-1m", "Plus d'1 million d'€");

    private final String code;
    private final String label;

    CostRange(String code, String label) {
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
