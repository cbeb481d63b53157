package fr.resilience360.action.plan;

import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.CoBenefit;
import fr.resilience360.action.CostRange;
import fr.resilience360.action.Delay;
import fr.resilience360.action.Difficulty;
import fr.resilience360.shared.Coded;
import fr.resilience360.shared.ConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Table {@code action.plan_action}: a plan's actions and sub-actions. Each write keeps its history in the same
 * transaction; a change sent with a stale version is refused (409) and writes nothing.
 */
@Repository
class PlanActionRepository {

    private static final String COLUMNS = """
            id, plan_id, parent_id, catalogue_id, title, description, status, start_date, due_date, pilot_account_id,
            pilot_name, elu_referent, partners, justification_kind, justification_ref, justification_text,
            array_to_string(needs, ',') as needs, array_to_string(levers, ',') as levers, cost, difficulty, delay,
            array_to_string(cobenefits, ',') as cobenefits, version, updated_by, updated_at""";

    private static final String VALUES = """
            title = :title, description = :description, status = :status, start_date = :start, due_date = :due,
            pilot_account_id = :pilot, pilot_name = :pilotName, elu_referent = :elu, partners = :partners,
            justification_kind = :jkind, justification_ref = :jref, justification_text = :jtext,
            needs = string_to_array(:needs, ','), levers = string_to_array(:levers, ','), cost = :cost,
            difficulty = :difficulty, delay = :delay, cobenefits = string_to_array(:cobenefits, ','),
            updated_by = :by, updated_at = now()""";

    private final JdbcClient jdbc;
    private final PlanHistoryRepository history;

    PlanActionRepository(JdbcClient jdbc, PlanHistoryRepository history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    /** Adds an action (history: its creation and each field set). */
    @Transactional
    long insert(
            long planId, Long parentId, String catalogueId, ActionFields f, List<FieldChanges.Changed> set, String by) {
        long id = jdbc.sql("""
                        insert into action.plan_action (plan_id, parent_id, catalogue_id, title, status, updated_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(planId, parentId, catalogueId, f.title(), f.status().code(), by)
                .query(Long.class)
                .single();
        history.write(planId, id, by, "creation", null, catalogueId == null ? "action personnalisée" : catalogueId);
        write(id, f, by);
        for (FieldChanges.Changed c : set) history.write(planId, id, by, c.field(), c.before(), c.after());
        return id;
    }

    /** Changes an action read at {@code version}; 409 when it changed since (nothing written). */
    @Transactional
    void update(PlanAction current, int version, ActionFields f, List<FieldChanges.Changed> changes, String by) {
        for (FieldChanges.Changed c : changes)
            history.write(current.planId(), current.id(), by, c.field(), c.before(), c.after());
        int updated = jdbc.sql("update action.plan_action set version = version + 1 where id = ? and version = ?")
                .params(current.id(), version)
                .update();
        if (updated == 0) throw stale(current);
        write(current.id(), f, by);
    }

    /**
     * Removes an action read at {@code version} with its sub-actions and, by cascade, their budget, milestones,
     * indicators and notes; 409 when it changed since (nothing removed). History: one line « retrait » per action
     * removed (its title and where it came from), kept after the removal.
     */
    @Transactional
    void delete(PlanAction current, int version, List<PlanAction> subActions, String by) {
        history.write(current.planId(), current.id(), by, "retrait", removed(current, subActions.size()), null);
        for (PlanAction s : subActions)
            history.write(
                    s.planId(), s.id(), by, "retrait", removed(s, 0) + ", avec l'action n° " + current.id(), null);
        int deleted = jdbc.sql("delete from action.plan_action where id = ? and version = ?")
                .params(current.id(), version)
                .update();
        if (deleted == 0) throw stale(current);
    }

    private static String removed(PlanAction a, int subActions) {
        return "« " + a.fields().title() + " » ("
                + (a.custom() ? "action personnalisée" : "catalogue " + a.catalogueId())
                + (subActions == 0
                        ? ")"
                        : subActions == 1 ? ", et sa sous-action)" : ", et ses " + subActions + " sous-actions)");
    }

    /** A change or removal sent with a version older than the stored one. */
    static ConflictException stale(PlanAction current) {
        return new ConflictException(
                "Conflit de modification",
                "L'action « " + current.fields().title() + " » a été modifiée entre-temps (version "
                        + current.version() + ", par " + current.updatedBy()
                        + ") : rechargez-la avant de la changer.");
    }

    /** The sub-actions of an action, in id order. */
    List<PlanAction> subActions(PlanAction parent) {
        return jdbc.sql("select " + COLUMNS
                        + " from action.plan_action where plan_id = ? and parent_id = ? order by id")
                .params(parent.planId(), parent.id())
                .query(PlanActionRepository::action)
                .list();
    }

    /** Whether any action of the plan has this one as parent. */
    boolean hasSubActions(long id) {
        return jdbc.sql("select exists (select 1 from action.plan_action where parent_id = ?)")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    private void write(long id, ActionFields f, String by) {
        Traits t = f.traits();
        jdbc.sql("update action.plan_action set " + VALUES + " where id = :id")
                .param("title", f.title())
                .param("description", f.description())
                .param("status", f.status().code())
                .param("start", f.startDate())
                .param("due", f.dueDate())
                .param("pilot", f.pilotAccountId())
                .param("pilotName", f.pilotName())
                .param("elu", f.eluReferent())
                .param("partners", f.partners())
                .param("jkind", code(f.justification().kind()))
                .param("jref", f.justification().reference())
                .param("jtext", f.justification().text())
                .param("needs", String.join(",", t.needs()))
                .param(
                        "levers",
                        String.join(",", t.levers().stream().map(Coded::code).toList()))
                .param("cost", code(t.cost()))
                .param("difficulty", code(t.difficulty()))
                .param("delay", code(t.delay()))
                .param(
                        "cobenefits",
                        String.join(
                                ",", t.cobenefits().stream().map(Coded::code).toList()))
                .param("by", by)
                .param("id", id)
                .update();
    }

    List<PlanAction> ofPlan(long planId) {
        return jdbc.sql("select " + COLUMNS + " from action.plan_action where plan_id = ? order by id")
                .param(planId)
                .query(PlanActionRepository::action)
                .list();
    }

    Optional<PlanAction> find(long planId, long id) {
        return jdbc.sql("select " + COLUMNS + " from action.plan_action where plan_id = ? and id = ?")
                .params(planId, id)
                .query(PlanActionRepository::action)
                .optional();
    }

    private static PlanAction action(ResultSet rs, int row) throws SQLException {
        ActionFields fields = new ActionFields(
                rs.getString("title"),
                rs.getString("description"),
                Coded.find(PlanStatus.class, rs.getString("status")).orElseThrow(),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                (Long) rs.getObject("pilot_account_id"),
                rs.getString("pilot_name"),
                rs.getString("elu_referent"),
                rs.getString("partners"),
                new Justification(
                        Coded.find(JustificationKind.class, rs.getString("justification_kind"))
                                .orElse(null),
                        rs.getString("justification_ref"),
                        rs.getString("justification_text")),
                new Traits(
                        split(rs.getString("needs")),
                        split(rs.getString("levers")).stream()
                                .map(c -> coded(BoussoleLever.class, c))
                                .toList(),
                        coded(CostRange.class, rs.getString("cost")),
                        coded(Difficulty.class, rs.getString("difficulty")),
                        coded(Delay.class, rs.getString("delay")),
                        split(rs.getString("cobenefits")).stream()
                                .map(c -> coded(CoBenefit.class, c))
                                .toList()));
        return new PlanAction(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                (Long) rs.getObject("parent_id"),
                rs.getString("catalogue_id"),
                fields,
                rs.getInt("version"),
                rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static <E extends Enum<E> & Coded> E coded(Class<E> type, String code) {
        return code == null ? null : Coded.find(type, code).orElseThrow();
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }
}
