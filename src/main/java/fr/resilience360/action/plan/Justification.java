package fr.resilience360.action.plan;

/**
 * What justifies an action: a Diag360 row ({@code reference} = need and row id, e.g. {@code bv2/bv2_i03}), a stress
 * test result ({@code canicule/bv1}: hazard and need), a survey finding ({@code bv1}: need perception) or something
 * else; {@code kind} null when none is given.
 */
public record Justification(JustificationKind kind, String reference, String text) {

    public static final Justification NONE = new Justification(null, "", "");

    public Justification {
        reference = reference == null ? "" : reference.strip();
        text = text == null ? "" : text.strip();
    }
}
