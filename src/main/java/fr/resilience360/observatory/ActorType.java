package fr.resilience360.observatory;

import fr.resilience360.shared.Coded;
import java.util.Locale;

/**
 * Whose situation an indicator describes, as in Diag360: the territory itself (its public services, housing stock,
 * exposure to risks and climate), its businesses (economic structure, commerce), or its society (inhabitants' incomes,
 * work, isolation, civic life, safety). Each indicator of the catalogue has one; its values carry it.
 */
public enum ActorType implements Coded {
    TERRITOIRES("Territoires"),
    ENTREPRISES("Entreprises"),
    SOCIETE("Société");

    private final String label;

    ActorType(String label) {
        this.label = label;
    }

    /** The French label shown to users. */
    public String label() {
        return label;
    }

    /** The code used in mappings, the database and the API: {@code territoires}, {@code entreprises}, {@code societe}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActorType fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** The actor type of this code, or null when the code is unknown. */
    public static ActorType fromCodeOrNull(String code) {
        return Coded.find(ActorType.class, code).orElse(null);
    }
}
