package fr.resilience360.territory;

import fr.resilience360.shared.Coded;
import java.util.Optional;

/** The levels of the division, with the code used in the API and the label shown to users. */
public enum TerritoryType implements Coded {
    PAYS("pays", "Pays"),
    REGION("region", "Région"),
    DEPARTEMENT("departement", "Département"),
    EPCI("epci", "Intercommunalité (EPCI)"),
    COMMUNE("commune", "Commune");

    private final String code;
    private final String label;

    TerritoryType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /**
     * The identifier of a territory of this type: its INSEE code for a commune, its SIREN for an EPCI, and a
     * prefixed code for départements and régions, whose INSEE codes overlap (53 is Bretagne and Mayenne).
     */
    public String idOf(String officialCode) {
        return switch (this) {
            case PAYS -> "FR";
            case REGION -> "reg-" + officialCode;
            case DEPARTEMENT -> "dep-" + officialCode;
            case EPCI, COMMUNE -> officialCode;
        };
    }

    /** The type of a territory from its identifier, by the conventions of {@link #idOf}. */
    public static TerritoryType ofId(String id) {
        if (id.equals("FR")) return PAYS;
        if (id.startsWith("reg-")) return REGION;
        if (id.startsWith("dep-")) return DEPARTEMENT;
        return id.length() == 9 ? EPCI : COMMUNE;
    }

    public static Optional<TerritoryType> fromCode(String code) {
        return Coded.find(TerritoryType.class, code);
    }
}
