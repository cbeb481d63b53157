package fr.resilience360.territory;

import java.util.Arrays;
import java.util.Optional;

/** The levels of the division, with the code used in the API and the label shown to users. */
public enum TerritoryType {
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

    public static Optional<TerritoryType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
