package fr.resilience360.action.toolbox;

import fr.resilience360.shared.Coded;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The steps of the territories' parcours (table {@code action.parcours_step}); one transaction per change. */
@Repository
class ParcoursRepository {

    private final JdbcClient jdbc;

    ParcoursRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The territory's steps, in order, ranked from 1. */
    List<ParcoursStep> steps(String territoryId) {
        List<ParcoursStep> read = jdbc.sql("""
                        select id, tool_id, planned_on, status, note, updated_by, updated_at
                        from action.parcours_step where territory_id = ? order by position, id""")
                .param(territoryId)
                .query((rs, row) -> step(rs, row + 1))
                .list();
        return read;
    }

    /** Adds the tools at the end of the territory's parcours, in this order; the ids of the new steps. */
    @Transactional
    List<Long> append(String territoryId, List<StepChanges> steps, String by) {
        lock(territoryId);
        int position = jdbc.sql("select coalesce(max(position), 0) from action.parcours_step where territory_id = ?")
                .param(territoryId)
                .query(Integer.class)
                .single();
        List<Long> ids = new ArrayList<>();
        for (StepChanges s : steps)
            ids.add(jdbc.sql("""
                            insert into action.parcours_step (territory_id, tool_id, position, planned_on, status, note,
                                created_by, updated_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(
                            territoryId,
                            s.toolId(),
                            ++position,
                            s.plannedOn(),
                            (s.status() == null ? StepStatus.A_VENIR : s.status()).code(),
                            s.note() == null ? "" : s.note(),
                            by,
                            by)
                    .query(Long.class)
                    .single());
        return ids;
    }

    /** Changes the given fields of a step of the territory (and its rank); false when it has no such step. */
    @Transactional
    boolean change(String territoryId, long stepId, StepChanges c, String by) {
        lock(territoryId);
        int updated = jdbc.sql("""
                        update action.parcours_step set
                            planned_on = case when cast(? as boolean) then cast(? as date) else planned_on end,
                            status = coalesce(?, status), note = coalesce(?, note),
                            updated_by = ?, updated_at = now()
                        where id = ? and territory_id = ?""")
                .params(
                        c.datePresent(),
                        c.plannedOn(),
                        c.status() == null ? null : c.status().code(),
                        c.note(),
                        by,
                        stepId,
                        territoryId)
                .update();
        if (updated == 0) return false;
        if (c.rank() != null) reorder(territoryId, stepId, c.rank());
        return true;
    }

    /** Moves a step one place up ({@code -1}) or down ({@code 1}); false when the territory has no such step. */
    @Transactional
    boolean move(String territoryId, long stepId, int by, String who) {
        lock(territoryId);
        List<Long> ids = ids(territoryId);
        int at = ids.indexOf(stepId);
        if (at < 0) return false;
        reorder(territoryId, stepId, at + 1 + by);
        jdbc.sql("update action.parcours_step set updated_by = ?, updated_at = now() where id = ?")
                .params(who, stepId)
                .update();
        return true;
    }

    @Transactional
    boolean delete(String territoryId, long stepId) {
        return jdbc.sql("delete from action.parcours_step where id = ? and territory_id = ?")
                        .params(stepId, territoryId)
                        .update()
                > 0;
    }

    /** Puts the step at this rank (1: first; beyond the end: last) and renumbers the others. */
    private void reorder(String territoryId, long stepId, int rank) {
        List<Long> ids = new ArrayList<>(
                jdbc.sql("select id from action.parcours_step where territory_id = ? order by position, id")
                        .param(territoryId)
                        .query(Long.class)
                        .list());
        ids.remove(stepId);
        ids.add(Math.max(0, Math.min(rank - 1, ids.size())), stepId);
        for (int i = 0; i < ids.size(); i++)
            jdbc.sql("update action.parcours_step set position = ? where id = ?")
                    .params(i + 1, ids.get(i))
                    .update();
    }

    private List<Long> ids(String territoryId) {
        return new ArrayList<>(
                jdbc.sql("select id from action.parcours_step where territory_id = ? order by position, id")
                        .param(territoryId)
                        .query(Long.class)
                        .list());
    }

    /** Serialises the changes of one territory's parcours (positions are read then written). */
    private void lock(String territoryId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('action.parcours:' || ?))")
                .param(territoryId)
                .query((rs, row) -> 1)
                .list();
    }

    private static ParcoursStep step(ResultSet rs, int rank) throws SQLException {
        java.sql.Date planned = rs.getDate("planned_on");
        return new ParcoursStep(
                rs.getLong("id"),
                rank,
                rs.getString("tool_id"),
                planned == null ? null : planned.toLocalDate(),
                Coded.find(StepStatus.class, rs.getString("status")).orElseThrow(),
                rs.getString("note"),
                rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }

    Optional<ParcoursStep> step(String territoryId, long stepId) {
        return steps(territoryId).stream().filter(s -> s.id() == stepId).findFirst();
    }
}
