package fr.resilience360.action;

import fr.resilience360.shared.Coded;

/**
 * The six principles of the Cerema « Boussole de la résilience » (2020). Where the product's reference
 * ({@code ../shared/docs/frameworks.md}) does not give a principle's full title, the title we have is shown with
 * « intitulé à confirmer » ({@link #confirmed()} false): no title is invented.
 */
public enum BoussolePrinciple implements Coded {
    P1("p1", "Stratégies et gouvernances intégrées et adaptatives", true),
    P2("p2", "Cohésion sociale et solidarité des acteurs", true),
    P3("p3", "Anticipation, connaissance, veille", true),
    P4("p4", "Robustesse et continuité", false),
    P5("p5", "Sobriété et besoins essentiels", false),
    P6("p6", "Adaptation, apprentissage et innovation", false);

    private final String code;
    private final String title;
    private final boolean confirmed;

    BoussolePrinciple(String code, String title, boolean confirmed) {
        this.code = code;
        this.title = title;
        this.confirmed = confirmed;
    }

    @Override
    public String code() {
        return code;
    }

    public int number() {
        return ordinal() + 1;
    }

    public String title() {
        return title;
    }

    /** The title to show: with « (intitulé à confirmer) » when the full title is not known. */
    public String label() {
        return confirmed ? title : title + " (intitulé à confirmer)";
    }

    public boolean confirmed() {
        return confirmed;
    }
}
