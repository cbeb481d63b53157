package fr.resilience360.action.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * « En retard » is derived from the dates, never stored (Territoires en Transitions stores it as a status that can
 * contradict the dates): an action that is neither réalisé nor abandonné is late when its due date is past, or when
 * one of its milestones is past due and not done. The reason names the earliest date passed.
 *
 * <p>An action en pause is still late when a date is past: a pause does not move a deadline, and a plan whose dates
 * are not true misleads. The reason says it is paused; to clear it, set a new due date, or abandon the action.
 */
public final class PlanLateness {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    private PlanLateness() {}

    /** Why the action is late on {@code today}; empty when it is not. A date equal to today is not past. */
    public static Optional<Late> of(ActionFields action, List<Details.Milestone> milestones, LocalDate today) {
        if (action.status() == PlanStatus.REALISE || action.status() == PlanStatus.ABANDONNE) return Optional.empty();
        String paused = action.status() == PlanStatus.EN_PAUSE ? " (action en pause)" : "";
        if (action.dueDate() != null && action.dueDate().isBefore(today))
            return Optional.of(
                    new Late(action.dueDate(), "échéance dépassée depuis le " + french(action.dueDate()) + paused));
        return milestones.stream()
                .filter(m -> m.doneDate() == null && m.dueDate().isBefore(today))
                .min(java.util.Comparator.comparing(Details.Milestone::dueDate))
                .map(m -> new Late(
                        m.dueDate(),
                        "jalon « " + m.title() + " » non atteint, prévu le " + french(m.dueDate()) + paused));
    }

    public static String french(LocalDate date) {
        String text = FRENCH.format(date);
        return text.startsWith("1 ") ? "1er " + text.substring(2) : text;
    }

    /** Since when and why an action is late. */
    public record Late(LocalDate since, String reason) {}
}
