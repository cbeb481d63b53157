package fr.resilience360.action;

import fr.resilience360.shared.Coded;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The 18 levers of the Cerema « Boussole de la résilience », three per {@link BoussolePrinciple}. Ten levers have no
 * known name in the product's reference ({@code ../shared/docs/frameworks.md}, « nom à confirmer »): they keep a
 * neutral label (« Levier 3.2 ») and {@link #named()} is false, so that no name is invented.
 */
public enum BoussoleLever implements Coded {
    P1_L1(BoussolePrinciple.P1, "Assurer une gouvernance partagée et la participation citoyenne"),
    P1_L2(BoussolePrinciple.P1, "Assurer une coopération multi-échelle entre territoires"),
    P1_L3(BoussolePrinciple.P1, "Intégrer les vulnérabilités et leurs évolutions dans tous les projets"),
    P2_L1(BoussolePrinciple.P2, "S'appuyer sur une culture partagée et les savoir-faire locaux"),
    P2_L2(BoussolePrinciple.P2, "Soutenir la solidarité et la prise en compte des plus vulnérables"),
    P2_L3(BoussolePrinciple.P2, "Garantir la confiance et la capacité d'agir"),
    P3_L1(BoussolePrinciple.P3, "Connaître les aléas, les vulnérabilités et les dépendances"),
    P3_L2(BoussolePrinciple.P3, null),
    P3_L3(BoussolePrinciple.P3, null),
    P4_L1(BoussolePrinciple.P4, null),
    P4_L2(BoussolePrinciple.P4, null),
    P4_L3(BoussolePrinciple.P4, null),
    P5_L1(BoussolePrinciple.P5, null),
    P5_L2(BoussolePrinciple.P5, null),
    P5_L3(BoussolePrinciple.P5, null),
    P6_L1(BoussolePrinciple.P6, null),
    P6_L2(BoussolePrinciple.P6, null),
    P6_L3(BoussolePrinciple.P6, null);

    private final BoussolePrinciple principle;
    private final String name;

    BoussoleLever(BoussolePrinciple principle, String name) {
        this.principle = principle;
        this.name = name;
    }

    /** {@code p1-l1} … {@code p6-l3}, as the API and addresses write it. */
    @Override
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    public BoussolePrinciple principle() {
        return principle;
    }

    /** « 3.2 »: the principle's number and the lever's rank in it. */
    public String number() {
        return principle.number() + "." + (ordinal() % 3 + 1);
    }

    /** The lever's name when the reference gives it. */
    public Optional<String> knownName() {
        return Optional.ofNullable(name);
    }

    public boolean named() {
        return name != null;
    }

    /** The label to show: the name, or the neutral « Levier 3.2 (nom à confirmer) ». */
    public String label() {
        return named() ? name : "Levier " + number() + " (nom à confirmer)";
    }

    public static List<BoussoleLever> of(BoussolePrinciple principle) {
        return Arrays.stream(values()).filter(l -> l.principle == principle).toList();
    }
}
