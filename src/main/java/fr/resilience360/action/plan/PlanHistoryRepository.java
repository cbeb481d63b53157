package fr.resilience360.action.plan;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Table {@code action.plan_history}. Written only inside the transaction of the change it records (the other plan
 * repositories call it from their own {@code @Transactional} methods): a change and its history are kept together or
 * not at all.
 */
@Repository
class PlanHistoryRepository {

    private final JdbcClient jdbc;

    PlanHistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void write(long planId, Long actionId, String by, String field, String before, String after) {
        jdbc.sql("""
                        insert into action.plan_history (plan_id, action_id, changed_by, field, before, after)
                        values (?, ?, ?, ?, ?, ?)""").params(planId, actionId, by, field, before, after).update();
    }

    /** The plan's changes, latest first ({@code actionId} null: all). */
    List<Details.Change> of(long planId, Long actionId, int limit) {
        return jdbc.sql("""
                        select id, action_id, changed_by, changed_at, field, before, after from action.plan_history
                        where plan_id = :plan and (cast(:action as bigint) is null or action_id = :action)
                        order by id desc limit :limit""")
                .param("plan", planId)
                .param("action", actionId)
                .param("limit", limit)
                .query((rs, n) -> new Details.Change(
                        rs.getLong("id"),
                        (Long) rs.getObject("action_id"),
                        rs.getString("changed_by"),
                        rs.getObject("changed_at", OffsetDateTime.class),
                        rs.getString("field"),
                        rs.getString("before"),
                        rs.getString("after")))
                .list();
    }
}
