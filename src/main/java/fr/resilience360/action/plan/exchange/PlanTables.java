package fr.resilience360.action.plan.exchange;

import fr.resilience360.action.plan.ActionInput;
import fr.resilience360.action.plan.Criterion;
import fr.resilience360.action.plan.Details;
import fr.resilience360.action.plan.PlanView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A plan as the tables of its export ({@link PlanColumns}): one row per action then its sub-actions, and per budget
 * line, milestone, indicator, point, note (oldest first, its date and time in France to the second) and criterion. Ids are the stored ones; they only link the rows of the file. A
 * cell is a {@link String}, a number, a {@link java.time.LocalDate}, a {@link java.time.LocalDateTime} or null
 * (empty). Plain Java.
 */
final class PlanTables {

    /** One sheet's rows, each with the sheet's columns in order. */
    record Table(List<String> columns, List<List<Object>> rows) {}

    private PlanTables() {}

    /** @param pilotEmail the pilot's address of an action when the pilot is a member's account, else null */
    static Map<String, Table> of(PlanView view, Function<PlanView.ActionView, String> pilotEmail) {
        List<PlanView.ActionView> actions = new ArrayList<>();
        for (PlanView.ActionView top : view.actions()) {
            actions.add(top);
            actions.addAll(top.subActions());
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put(PlanColumns.ACTIONS, table(PlanColumns.ACTION_COLUMNS));
        tables.put(PlanColumns.BUDGET, table(PlanColumns.BUDGET_COLUMNS));
        tables.put(PlanColumns.MILESTONES, table(PlanColumns.MILESTONE_COLUMNS));
        tables.put(PlanColumns.INDICATORS, table(PlanColumns.INDICATOR_COLUMNS));
        tables.put(PlanColumns.POINTS, table(PlanColumns.POINT_COLUMNS));
        tables.put(PlanColumns.NOTES, table(PlanColumns.NOTE_COLUMNS));
        tables.put(PlanColumns.WEIGHTS, table(PlanColumns.WEIGHT_COLUMNS));
        for (PlanView.ActionView a : actions) {
            tables.get(PlanColumns.ACTIONS).rows().add(action(a, pilotEmail.apply(a)));
            for (Details.BudgetLine b : a.budget())
                tables.get(PlanColumns.BUDGET)
                        .rows()
                        .add(row(a.id(), b.year(), b.kind().code(), b.planned(), b.spent()));
            for (Details.Milestone m : a.milestones())
                tables.get(PlanColumns.MILESTONES).rows().add(row(a.id(), m.title(), m.dueDate(), m.doneDate()));
            for (PlanView.IndicatorView iv : a.indicators()) {
                Details.Indicator i = iv.indicator();
                tables.get(PlanColumns.INDICATORS)
                        .rows()
                        .add(row(i.id(), a.id(), i.label(), i.unit(), i.baselineYear(), i.source()));
                for (Details.Point p : i.points())
                    tables.get(PlanColumns.POINTS)
                            .rows()
                            .add(row(i.id(), p.year(), p.kind().code(), p.value()));
            }
            for (Details.Note n : a.notes().stream()
                    .sorted(java.util.Comparator.comparingLong(Details.Note::id))
                    .toList())
                tables.get(PlanColumns.NOTES).rows().add(row(a.id(), n.writtenInFrance(), n.author(), n.text()));
        }
        for (Criterion c : Criterion.values())
            tables.get(PlanColumns.WEIGHTS)
                    .rows()
                    .add(row(c.code(), view.weights().of(c)));
        return tables;
    }

    private static List<Object> action(PlanView.ActionView v, String pilotEmail) {
        ActionInput in = ActionInput.of(v.fields(), pilotEmail);
        Double score = v.ranking().score();
        return row(
                v.id(),
                v.action().parentId(),
                v.action().catalogueId(),
                in.titre(),
                in.description(),
                in.statut(),
                v.fields().startDate(),
                v.fields().dueDate(),
                in.pilote(),
                in.piloteNom(),
                in.eluReferent(),
                in.partenaires(),
                in.justification().type(),
                in.justification().reference(),
                in.justification().texte(),
                String.join(PlanColumns.LIST_SEPARATOR, in.besoins()),
                String.join(PlanColumns.LIST_SEPARATOR, in.leviers()),
                in.cout(),
                in.difficulte(),
                in.delai(),
                String.join(PlanColumns.LIST_SEPARATOR, in.cobenefices()),
                v.late() == null ? "non" : "oui",
                score == null ? "inconnu" : BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP));
    }

    private static Table table(List<String> columns) {
        return new Table(columns, new ArrayList<>());
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }
}
