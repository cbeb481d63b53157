package fr.resilience360.action;

import java.time.LocalDate;
import java.util.List;

/**
 * The accepted experience feedbacks (« retours d'expérience ») on a catalogue action (the {@code contribution}
 * sub-package implements it); the action's page shows them.
 */
public interface ActionFeedbacks {

    /** The accepted feedbacks on an action, newest first. */
    List<Feedback> accepted(String actionId);

    /** Changes whenever a feedback is accepted or withdrawn: the key of the action pages kept. */
    String version();

    /**
     * @param territory the territory the feedback speaks of, in words (may be null)
     * @param author how the author chose to be named
     */
    record Feedback(String territory, String author, String text, LocalDate acceptedOn) {}
}
