package fr.resilience360.action.contribution;

import fr.resilience360.action.CatalogueAction;
import java.time.Instant;
import java.util.List;

/**
 * A contribution as stored, with every change of its state.
 *
 * @param actionId the proposed action's id, or the catalogue action a feedback is about
 * @param goalId the objectif a proposed action is placed under (null for a feedback)
 * @param proposed the proposed action (null for a feedback)
 * @param feedback the feedback (null for a proposed action)
 * @param history every change of state, oldest first (the first: the proposal)
 */
record Contribution(
        long id,
        ContributionKind kind,
        ContributionState state,
        String author,
        String actionId,
        String goalId,
        CatalogueAction proposed,
        Feedback feedback,
        String licence,
        Instant createdAt,
        List<Event> history) {

    /** The licence every contribution is published under, stated on the forms and stored with each one. */
    static final String LICENCE = "CC BY-SA 4.0";

    /**
     * An experience feedback.
     *
     * @param territory the territory it speaks of, in words (may be null)
     * @param signature how the author wants to be named
     */
    record Feedback(String territory, String text, String signature) {}

    /** A change of state: who, when, from (null for the proposal), to, and why. */
    record Event(Instant at, String by, ContributionState from, ContributionState to, String reason) {

        /** When, in words: « 02/12/2026 à 17:05 », Paris time. */
        public String when() {
            return french(at);
        }
    }

    /** When it was proposed, in words, Paris time. */
    public String proposedWhen() {
        return french(createdAt);
    }

    private static String french(Instant at) {
        return at == null
                ? "—"
                : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm")
                        .withZone(java.time.ZoneId.of("Europe/Paris"))
                        .format(at);
    }

    /** The reason of the last decision, if decided. */
    public String reason() {
        return history.isEmpty() ? null : history.get(history.size() - 1).reason();
    }
}
