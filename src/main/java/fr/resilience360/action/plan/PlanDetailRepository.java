package fr.resilience360.action.plan;

import fr.resilience360.shared.Coded;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tables {@code action.plan_budget}, {@code plan_milestone}, {@code plan_indicator}, {@code plan_indicator_point} and
 * {@code plan_note}: what an action holds beside its fields. Each write keeps its history in the same transaction.
 */
@Repository
class PlanDetailRepository {

    private final JdbcClient jdbc;
    private final PlanHistoryRepository history;

    PlanDetailRepository(JdbcClient jdbc, PlanHistoryRepository history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    @Transactional
    void addBudget(PlanAction a, int year, BudgetKind kind, BigDecimal planned, BigDecimal spent, String by) {
        jdbc.sql("insert into action.plan_budget (action_id, year, kind, planned, spent) values (?, ?, ?, ?, ?)")
                .params(a.id(), year, kind.code(), planned, spent)
                .update();
        history.write(
                a.planId(),
                a.id(),
                by,
                "budget",
                null,
                year + " " + kind.label().toLowerCase(java.util.Locale.ROOT) + " : prévu " + planned.toPlainString()
                        + " €, dépensé " + spent.toPlainString() + " €");
    }

    @Transactional
    boolean deleteBudget(PlanAction a, long lineId, String by) {
        boolean deleted = jdbc.sql("delete from action.plan_budget where id = ? and action_id = ?")
                        .params(lineId, a.id())
                        .update()
                == 1;
        if (deleted) history.write(a.planId(), a.id(), by, "budget", "ligne " + lineId, null);
        return deleted;
    }

    @Transactional
    long addMilestone(PlanAction a, String title, LocalDate due, String by) {
        long id = jdbc.sql(
                        "insert into action.plan_milestone (action_id, title, due_date) values (?, ?, ?) returning id")
                .params(a.id(), title, due)
                .query(Long.class)
                .single();
        history.write(a.planId(), a.id(), by, "jalon", null, title + " (" + due + ")");
        return id;
    }

    @Transactional
    boolean setMilestoneDone(PlanAction a, long milestoneId, LocalDate done, String by) {
        boolean changed = jdbc.sql("update action.plan_milestone set done_date = ? where id = ? and action_id = ?")
                        .params(done, milestoneId, a.id())
                        .update()
                == 1;
        if (changed)
            history.write(a.planId(), a.id(), by, "jalon " + milestoneId + " atteint le", null, String.valueOf(done));
        return changed;
    }

    @Transactional
    long addIndicator(PlanAction a, String label, String unit, int baselineYear, String source, String by) {
        long id = jdbc.sql("""
                        insert into action.plan_indicator (action_id, label, unit, baseline_year, source)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(a.id(), label, unit, baselineYear, source)
                .query(Long.class)
                .single();
        history.write(a.planId(), a.id(), by, "indicateur", null, label + " (référence " + baselineYear + ")");
        return id;
    }

    /** Sets the value of a year and kind (replacing the one there was). */
    @Transactional
    void setPoint(PlanAction a, long indicatorId, Details.Point p, String by) {
        List<Double> before = jdbc.sql(
                        "select value from action.plan_indicator_point where indicator_id = ? and year = ? and kind = ?")
                .params(indicatorId, p.year(), p.kind().code())
                .query(Double.class)
                .list();
        jdbc.sql("""
                        insert into action.plan_indicator_point (indicator_id, year, kind, value) values (?, ?, ?, ?)
                        on conflict (indicator_id, year, kind) do update set value = excluded.value""").params(indicatorId, p.year(), p.kind().code(), p.value()).update();
        history.write(
                a.planId(),
                a.id(),
                by,
                "indicateur " + indicatorId + " " + p.kind().code() + " " + p.year(),
                before.isEmpty() ? null : String.valueOf(before.get(0)),
                String.valueOf(p.value()));
    }

    /** A note by {@code author}, written at {@code writtenAt} (null: now); history by {@code by}. */
    @Transactional
    void addNote(PlanAction a, String author, OffsetDateTime writtenAt, String text, String by) {
        if (writtenAt == null)
            jdbc.sql("insert into action.plan_note (action_id, author, text) values (?, ?, ?)")
                    .params(a.id(), author, text)
                    .update();
        else
            jdbc.sql("insert into action.plan_note (action_id, author, written_at, text) values (?, ?, ?, ?)")
                    .params(a.id(), author, writtenAt, text)
                    .update();
        history.write(a.planId(), a.id(), by, "note", null, text.length() > 80 ? text.substring(0, 80) + "…" : text);
    }

    List<Details.BudgetLine> budgets(long planId) {
        return jdbc.sql("""
                        select b.id, b.action_id, b.year, b.kind, b.planned, b.spent from action.plan_budget b
                        join action.plan_action a on a.id = b.action_id where a.plan_id = ? order by b.year, b.id""")
                .param(planId)
                .query((rs, n) -> new Details.BudgetLine(
                        rs.getLong("id"),
                        rs.getLong("action_id"),
                        rs.getInt("year"),
                        Coded.find(BudgetKind.class, rs.getString("kind")).orElseThrow(),
                        rs.getBigDecimal("planned"),
                        rs.getBigDecimal("spent")))
                .list();
    }

    List<Details.Milestone> milestones(long planId) {
        return jdbc.sql("""
                        select m.id, m.action_id, m.title, m.due_date, m.done_date from action.plan_milestone m
                        join action.plan_action a on a.id = m.action_id where a.plan_id = ? order by m.due_date, m.id""")
                .param(planId)
                .query((rs, n) -> new Details.Milestone(
                        rs.getLong("id"),
                        rs.getLong("action_id"),
                        rs.getString("title"),
                        rs.getObject("due_date", LocalDate.class),
                        rs.getObject("done_date", LocalDate.class)))
                .list();
    }

    List<Details.Indicator> indicators(long planId) {
        Map<Long, List<Details.Point>> points = jdbc
                .sql("""
                        select p.indicator_id, p.year, p.kind, p.value from action.plan_indicator_point p
                        join action.plan_indicator i on i.id = p.indicator_id
                        join action.plan_action a on a.id = i.action_id where a.plan_id = ? order by p.year, p.kind""")
                .param(planId)
                .query((rs, n) -> Map.entry(
                        rs.getLong("indicator_id"),
                        new Details.Point(
                                rs.getInt("year"),
                                Coded.find(SeriesKind.class, rs.getString("kind"))
                                        .orElseThrow(),
                                rs.getDouble("value"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("""
                        select i.id, i.action_id, i.label, i.unit, i.baseline_year, i.source from action.plan_indicator i
                        join action.plan_action a on a.id = i.action_id where a.plan_id = ? order by i.id""")
                .param(planId)
                .query((rs, n) -> new Details.Indicator(
                        rs.getLong("id"),
                        rs.getLong("action_id"),
                        rs.getString("label"),
                        rs.getString("unit"),
                        rs.getInt("baseline_year"),
                        rs.getString("source"),
                        new ArrayList<>(points.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    List<Details.Note> notes(long planId) {
        return jdbc.sql("""
                        select n.id, n.action_id, n.author, n.written_at, n.text from action.plan_note n
                        join action.plan_action a on a.id = n.action_id where a.plan_id = ? order by n.id desc""")
                .param(planId)
                .query((rs, n) -> new Details.Note(
                        rs.getLong("id"),
                        rs.getLong("action_id"),
                        rs.getString("author"),
                        rs.getObject("written_at", OffsetDateTime.class),
                        rs.getString("text")))
                .list();
    }
}
