package fr.resilience360.observatory.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads values of one indicator for a whole level, with territory names, for maps, rankings and distributions. */
@Component
class IndicatorStatistics {

    /** A territory's value at a level: identifier, official code (the map's key), name, value. */
    record Ranked(String id, String code, String name, double value, Double coverage) {}

    /** A territory's value of an indicator and its position among territories of the same type. */
    record Position(String indicatorId, String period, double percentile, int rank, int total) {}

    private final JdbcClient jdbc;
    private final Map<String, Map<String, Distribution>> distributions = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile String distributionsVersion = "";

    IndicatorStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Values of a level, highest first. */
    List<Ranked> level(String indicatorId, String period, String territoryType) {
        return jdbc.sql("""
                        select t.id, t.code, t.name, v.value, v.coverage
                        from observatory.indicator_value v join territory.territory t on t.id = v.territory_id
                        where v.indicator_id = ? and v.period = ? and v.actor_type = 'territoires' and t.type = ?
                        order by v.value desc, t.name""")
                .params(indicatorId, period, territoryType)
                .query((rs, i) -> new Ranked(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4), (Double) rs.getObject(5)))
                .list();
    }

    /** The levels that hold values of an indicator for a period, with their counts. */
    Map<String, Integer> levels(String indicatorId, String period) {
        return jdbc
                .sql("""
                        select t.type, count(*) from observatory.indicator_value v
                        join territory.territory t on t.id = v.territory_id
                        where v.indicator_id = ? and v.period = ? group by t.type""")
                .params(indicatorId, period)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * The position of a value among the territories of a type for the same indicator and period: percentile (share
     * with a lower value, ties half) and rank (1 = highest value). Distributions are kept in memory (a commune-level
     * one is ≈ 35,000 doubles) and dropped when a dataset is imported again.
     */
    Position position(String indicatorId, String period, String territoryType, double value) {
        Distribution distribution = distribution(indicatorId, period, territoryType);
        return new Position(
                indicatorId,
                period,
                distribution.percentile(value),
                distribution.countAbove(value) + 1,
                distribution.count());
    }

    /** Drops the distributions kept in memory when a dataset was imported again since they were read. */
    void forgetDistributionsIfDatasetsChanged() {
        String version = jdbc.sql("select coalesce(string_agg(id || ':' || version, ',' order by id), '')"
                        + " from observatory.dataset")
                .query(String.class)
                .single();
        if (!version.equals(distributionsVersion)) {
            distributions.clear();
            distributionsVersion = version;
        }
    }

    /** All distributions of a type are read at once (one scan, ≈ 2 million values for communes), then kept. */
    private Distribution distribution(String indicatorId, String period, String territoryType) {
        Map<String, Distribution> ofType = distributions.computeIfAbsent(territoryType, this::readDistributions);
        return ofType.getOrDefault(indicatorId + "|" + period, Distribution.of(new double[0]));
    }

    private Map<String, Distribution> readDistributions(String territoryType) {
        Map<String, List<Double>> values = new java.util.HashMap<>();
        jdbc.sql("""
                        select v.indicator_id || '|' || v.period, v.value from observatory.indicator_value v
                        where v.actor_type = 'territoires'
                          and v.territory_id in (select id from territory.territory where type = ?)""").param(territoryType).query(rs -> {
            values.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
                    .add(rs.getDouble(2));
        });
        Map<String, Distribution> result = new java.util.HashMap<>();
        values.forEach((key, list) -> result.put(
                key,
                Distribution.of(list.stream().mapToDouble(Double::doubleValue).toArray())));
        return result;
    }
}
