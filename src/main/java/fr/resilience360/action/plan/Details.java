package fr.resilience360.action.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What an action holds beside its fields: budget lines, milestones, follow-up indicators, notes. */
public final class Details {

    /** The zone the dates and times of a plan are shown and typed in. */
    public static final java.time.ZoneId FRANCE = java.time.ZoneId.of("Europe/Paris");

    private Details() {}

    /** Euros for one year and kind, planned and spent, never negative. */
    public record BudgetLine(long id, long actionId, int year, BudgetKind kind, BigDecimal planned, BigDecimal spent) {}

    /** {@code doneDate} null while not done. */
    public record Milestone(long id, long actionId, String title, LocalDate dueDate, LocalDate doneDate) {}

    /** A follow-up indicator and its points, in year order. */
    public record Indicator(
            long id, long actionId, String label, String unit, int baselineYear, String source, List<Point> points) {}

    public record Point(int year, SeriesKind kind, double value) {}

    public record Note(long id, long actionId, String author, OffsetDateTime writtenAt, String text) {

        /** When it was written, in France, to the second: as the plan's files show it. */
        public java.time.LocalDateTime writtenInFrance() {
            return writtenAt
                    .atZoneSameInstant(FRANCE)
                    .toLocalDateTime()
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        }
    }

    /** One changed field: who, when, before and after (null: none). */
    public record Change(
            long id, Long actionId, String by, OffsetDateTime at, String field, String before, String after) {}
}
