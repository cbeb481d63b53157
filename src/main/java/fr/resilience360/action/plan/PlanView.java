package fr.resilience360.action.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A plan as its pages and API show it, with what is derived and never stored: lateness and its reason, each action's
 * criteria and priority score, each indicator's progress, the counts and budget totals of the dashboard.
 *
 * @param plan null while the territory has no plan yet
 * @param scoreSource where the need scores of the « impact » criterion come from ({@code diagnostic_publie} or
 *     {@code donnees_ouvertes})
 */
public record PlanView(
        Plan plan,
        String title,
        Weights weights,
        List<ActionView> actions,
        Map<PlanStatus, Long> counts,
        List<ActionView> late,
        List<BudgetTotal> budget,
        String scoreSource) {

    /** One action (or sub-action) with what belongs to it and what is derived. */
    public record ActionView(
            PlanAction action,
            String pilot,
            PlanLateness.Late late,
            Prioritisation.Ranking ranking,
            String justificationFigure,
            List<Details.BudgetLine> budget,
            List<Details.Milestone> milestones,
            List<IndicatorView> indicators,
            List<Details.Note> notes,
            List<ActionView> subActions) {

        public long id() {
            return action.id();
        }

        public ActionFields fields() {
            return action.fields();
        }

        /** The score as a percentage, null when no criterion is known. */
        public Long scorePercent() {
            return ranking.score() == null ? null : Math.round(ranking.score() * 100);
        }
    }

    public record IndicatorView(Details.Indicator indicator, IndicatorProgress.Progress progress) {}

    /** Planned and spent of one year and kind, over all actions. */
    public record BudgetTotal(int year, BudgetKind kind, BigDecimal planned, BigDecimal spent) {}

    public int actionCount() {
        return actions.size()
                + actions.stream().mapToInt(a -> a.subActions().size()).sum();
    }
}
