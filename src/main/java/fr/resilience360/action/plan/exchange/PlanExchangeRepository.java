package fr.resilience360.action.plan.exchange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an import needs beside the plan's services: how many actions a plan holds, emptying it before a replacement
 * (its actions and, by cascade, their sub-actions, budget, milestones, indicators and notes), and the import's line of
 * history. Written only inside the import's transaction.
 */
@Repository
class PlanExchangeRepository {

    private final JdbcClient jdbc;

    PlanExchangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int actionCount(String territoryId) {
        return jdbc.sql("""
                        select count(*) from action.plan_action a join action.plan p on p.id = a.plan_id
                        where p.territory_id = ?""").param(territoryId).query(Integer.class).single();
    }

    /** Deletes every action of the territory's plan (history kept) and writes why; the number deleted. */
    @Transactional(propagation = Propagation.MANDATORY)
    int clear(String territoryId, String by) {
        int deleted = jdbc.sql("""
                        delete from action.plan_action a using action.plan p
                        where p.id = a.plan_id and p.territory_id = ?""").param(territoryId).update();
        history(territoryId, by, "import : contenu remplacé", deleted + " actions et sous-actions supprimées", null);
        return deleted;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void history(String territoryId, String by, String field, String before, String after) {
        jdbc.sql("""
                        insert into action.plan_history (plan_id, action_id, changed_by, field, before, after)
                        select id, null, ?, ?, ?, ? from action.plan where territory_id = ?""").params(by, field, before, after, territoryId).update();
    }
}
