package fr.resilience360.observatory;

import fr.resilience360.shared.DatasetLoads;
import fr.resilience360.territory.TerritoryType;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the « déclaré » values of the shared surveys' dataset ({@link DeclaredIndicatorValues#DATASET}) of a territory
 * and actor type, then the distributions of that dataset's indicators (ranks and percentiles follow), and marks a new
 * version of the declared values loaded, all in one transaction.
 */
@Repository
class DeclaredValueRepository {

    /** The load that versions the declared values, outside {@link Observatory#LOAD_PREFIX} (see {@link Observatory#openDataVersion}). */
    static final String LOAD = "observatory-declared/" + DeclaredIndicatorValues.DATASET;

    private static final String DISTRIBUTIONS = """
            insert into observatory.level_distribution (indicator_id, period, territory_type, value_count, min_value,
              quantiles, max_value, mean_value, sorted_values)
            select indicator_id, period, territory_type, count(*), min(value),
                   percentile_cont(array[0.1, 0.25, 0.5, 0.75, 0.9]) within group (order by value),
                   max(value), avg(value), array_agg(value order by value)
            from observatory.indicator_value where dataset_id = ?
            group by indicator_id, period, territory_type""";

    /** A declared value into its series and its dataset's source (tables of migration V96). */
    private static final String INSERT_VALUE = """
            insert into observatory.series_value (series_id, territory_id, source_id, value, method_detail)
            select s.id, ?, o.id, ?, ? from observatory.value_series s, observatory.value_source o
            where s.indicator_id = ? and s.period = ? and s.actor_type = ? and s.territory_type = ?
              and o.method = 'declare' and o.dataset_id = ? and o.method_detail is null""";

    private final JdbcClient jdbc;
    private final DatasetLoads loads;

    DeclaredValueRepository(JdbcClient jdbc, DatasetLoads loads) {
        this.jdbc = jdbc;
        this.loads = loads;
    }

    /** The actor type of each indicator of the shared surveys' dataset, by id. */
    List<String[]> indicators() {
        return jdbc.sql("select id, actor_type from observatory.indicator where dataset_id = ?")
                .param(DeclaredIndicatorValues.DATASET)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
    }

    @Transactional
    void replace(DeclaredIndicatorValues declared) {
        String dataset = DeclaredIndicatorValues.DATASET;
        jdbc.sql("""
                        delete from observatory.series_value v
                        using observatory.value_source o, observatory.value_series s
                        where o.id = v.source_id and s.id = v.series_id and o.dataset_id = ?
                          and v.territory_id = ? and s.actor_type = ?""")
                .params(dataset, declared.territoryId(), declared.actorType().code())
                .update();
        jdbc.sql("""
                        insert into observatory.value_source (method, dataset_id) values ('declare', ?)
                        on conflict (method, dataset_id, coalesce(method_detail, '')) do nothing""").param(dataset).update();
        String level = TerritoryType.ofId(declared.territoryId()).code();
        for (DeclaredIndicatorValues.Value v : declared.values()) {
            jdbc.sql("""
                            insert into observatory.value_series (indicator_id, period, period_kind, actor_type,
                              territory_type) values (?, ?, ?, ?, ?)
                            on conflict (indicator_id, period, actor_type, territory_type) do nothing""")
                    .params(
                            v.indicatorId(),
                            v.period().toString(),
                            v.period().kind().code(),
                            declared.actorType().code(),
                            level)
                    .update();
            jdbc.sql(INSERT_VALUE)
                    .params(
                            declared.territoryId(),
                            v.value(),
                            declared.methodDetail(v),
                            v.indicatorId(),
                            v.period().toString(),
                            declared.actorType().code(),
                            level,
                            dataset)
                    .update();
        }
        jdbc.sql("""
                        delete from observatory.level_distribution
                        where indicator_id in (select id from observatory.indicator where dataset_id = ?)""").param(dataset).update();
        jdbc.sql(DISTRIBUTIONS).param(dataset).update();
        int count = jdbc.sql("select count(*) from observatory.indicator_value where dataset_id = ?")
                .param(dataset)
                .query(Integer.class)
                .single();
        loads.markLoaded(LOAD, UUID.randomUUID().toString(), count);
    }
}
