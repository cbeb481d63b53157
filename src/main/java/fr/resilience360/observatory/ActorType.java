package fr.resilience360.observatory;

/** Whose situation a value describes, as in Diag360: the local authorities, businesses or society at large. */
public enum ActorType {
    TERRITOIRES,
    ENTREPRISES,
    SOCIETE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ActorType fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
