package fr.resilience360.action.plan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Table {@code action.plan}: one plan per territory, its title and prioritisation weights. */
@Repository
class PlanRepository {

    private static final String COLUMNS = "id, territory_id, title, weight_impact, weight_boussole, weight_cost,"
            + " weight_feasibility, weight_delay, weight_cobenefits";

    private final JdbcClient jdbc;
    private final PlanHistoryRepository history;

    PlanRepository(JdbcClient jdbc, PlanHistoryRepository history) {
        this.jdbc = jdbc;
        this.history = history;
    }

    Optional<Plan> find(String territoryId) {
        return jdbc.sql("select " + COLUMNS + " from action.plan where territory_id = ?")
                .param(territoryId)
                .query((rs, n) -> {
                    Map<Criterion, Integer> w = new EnumMap<>(Criterion.class);
                    w.put(Criterion.IMPACT, rs.getInt("weight_impact"));
                    w.put(Criterion.BOUSSOLE, rs.getInt("weight_boussole"));
                    w.put(Criterion.COUT, rs.getInt("weight_cost"));
                    w.put(Criterion.FAISABILITE, rs.getInt("weight_feasibility"));
                    w.put(Criterion.DELAI, rs.getInt("weight_delay"));
                    w.put(Criterion.COBENEFICES, rs.getInt("weight_cobenefits"));
                    return new Plan(
                            rs.getLong("id"), rs.getString("territory_id"), rs.getString("title"), new Weights(w));
                })
                .optional();
    }

    /** The territory's plan, created with this title and the default weights when it has none. */
    @Transactional
    Plan findOrCreate(String territoryId, String title, String by) {
        int created = jdbc.sql("""
                        insert into action.plan (territory_id, title) values (?, ?)
                        on conflict (territory_id) do nothing""").params(territoryId, title).update();
        Plan plan = find(territoryId).orElseThrow();
        if (created == 1) history.write(plan.id(), null, by, "plan", null, title);
        return plan;
    }

    @Transactional
    void rename(Plan plan, String title, String by) {
        jdbc.sql("update action.plan set title = ? where id = ?")
                .params(title, plan.id())
                .update();
        history.write(plan.id(), null, by, "titre du plan", plan.title(), title);
    }

    @Transactional
    void setWeights(Plan plan, Weights weights, String by) {
        jdbc.sql("""
                        update action.plan set weight_impact = ?, weight_boussole = ?, weight_cost = ?,
                        weight_feasibility = ?, weight_delay = ?, weight_cobenefits = ? where id = ?""")
                .params(
                        weights.of(Criterion.IMPACT),
                        weights.of(Criterion.BOUSSOLE),
                        weights.of(Criterion.COUT),
                        weights.of(Criterion.FAISABILITE),
                        weights.of(Criterion.DELAI),
                        weights.of(Criterion.COBENEFICES),
                        plan.id())
                .update();
        for (Criterion c : Criterion.values())
            if (plan.weights().of(c) != weights.of(c))
                history.write(
                        plan.id(),
                        null,
                        by,
                        "poids " + c.code(),
                        String.valueOf(plan.weights().of(c)),
                        String.valueOf(weights.of(c)));
    }

    /** The catalogue ids of the actions of the territory's plan. */
    Set<String> catalogueIds(String territoryId) {
        List<String> ids = jdbc.sql("""
                        select a.catalogue_id from action.plan_action a join action.plan p on p.id = a.plan_id
                        where p.territory_id = ? and a.catalogue_id is not null""").param(territoryId).query(String.class).list();
        return new TreeSet<>(ids);
    }
}
