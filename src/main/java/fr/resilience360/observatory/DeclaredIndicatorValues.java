package fr.resilience360.observatory;

import java.util.List;

/**
 * Every « déclaré » value a territory shares for one actor type from its surveys (issue 11, item 4), replacing those it
 * shared before ({@link Observatory#replaceDeclared}): an empty list removes them. Each value aggregates the answers of
 * at least {@link #MINIMUM_RESPONDENTS} respondents, and carries their number.
 *
 * @param source what the values were drawn from, in words, e.g. « enquête « élus » partagée par le territoire »
 */
public record DeclaredIndicatorValues(String territoryId, ActorType actorType, String source, List<Value> values) {

    /** The dataset of the shared surveys' indicators (migration V24). */
    public static final String DATASET = "enquetes-partagees";

    /** Fewer respondents than this are never shared. */
    public static final int MINIMUM_RESPONDENTS = 5;

    public DeclaredIndicatorValues {
        values = List.copyOf(values);
    }

    /** One value of an indicator of {@link #DATASET}, from {@code respondents} respondents. */
    public record Value(String indicatorId, ObservationPeriod period, double value, int respondents) {}

    /** The method detail stored and shown with a value: « déclaré : 12 répondants (enquête « élus » …) ». */
    public String methodDetail(Value v) {
        return ValueMethod.DECLARE.label() + " : " + v.respondents() + " répondants (" + source + ")";
    }
}
