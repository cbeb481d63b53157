package fr.resilience360.observatory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the observatory: the catalogue, the datasets and the values of a territory or of an indicator. */
@Service
public class Observatory {

    private static final String VALUE_COLUMNS = """
            v.territory_id, v.indicator_id, v.period, v.actor_type, v.value, v.method, v.method_detail, v.coverage,
            v.flags, v.dataset_id""";

    private final JdbcClient jdbc;

    Observatory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Indicator> indicators() {
        return jdbc.sql("select * from observatory.indicator order by theme, id")
                .query(Observatory::indicator)
                .list();
    }

    public Optional<Indicator> indicator(String id) {
        return jdbc.sql("select * from observatory.indicator where id = ?")
                .param(id)
                .query(Observatory::indicator)
                .optional();
    }

    public List<Dataset> datasets() {
        return jdbc.sql("select * from observatory.dataset order by id")
                .query(Observatory::dataset)
                .list();
    }

    public Optional<Dataset> dataset(String id) {
        return jdbc.sql("select * from observatory.dataset where id = ?")
                .param(id)
                .query(Observatory::dataset)
                .optional();
    }

    /** The periods with values for an indicator, oldest first. */
    public List<ObservationPeriod> periods(String indicatorId) {
        return jdbc
                .sql("select distinct period from observatory.indicator_value where indicator_id = ?")
                .param(indicatorId)
                .query((rs, n) -> ObservationPeriod.parse(rs.getString(1)))
                .list()
                .stream()
                .sorted()
                .toList();
    }

    /** The latest value of an indicator for a territory. */
    public Optional<IndicatorValue> latest(String territoryId, String indicatorId) {
        return series(territoryId, indicatorId).stream().reduce((a, b) -> b);
    }

    public Optional<IndicatorValue> value(String territoryId, String indicatorId, ObservationPeriod period) {
        return jdbc.sql(
                        "select " + VALUE_COLUMNS
                                + " from observatory.indicator_value v where territory_id = ? and indicator_id = ? and period = ?")
                .params(territoryId, indicatorId, period.toString())
                .query(Observatory::value)
                .optional();
    }

    /** Every value of an indicator for a territory, oldest first. */
    public List<IndicatorValue> series(String territoryId, String indicatorId) {
        return jdbc
                .sql("select " + VALUE_COLUMNS
                        + " from observatory.indicator_value v where territory_id = ? and indicator_id = ?")
                .params(territoryId, indicatorId)
                .query(Observatory::value)
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(IndicatorValue::period))
                .toList();
    }

    /** The latest value of every indicator for a territory. */
    public List<IndicatorValue> latestOfTerritory(String territoryId) {
        return jdbc.sql("select distinct on (v.indicator_id, v.actor_type) " + VALUE_COLUMNS
                        + " from observatory.indicator_value v where territory_id = ?"
                        + " order by v.indicator_id, v.actor_type, left(v.period, 4) desc, v.period desc")
                .param(territoryId)
                .query(Observatory::value)
                .list();
    }

    /** The values of an indicator for one period and one level, by territory id. */
    public List<IndicatorValue> valuesAt(
            String indicatorId, ObservationPeriod period, String territoryType, int offset, int limit) {
        return jdbc.sql("select " + VALUE_COLUMNS + """
                         from observatory.indicator_value v
                        where v.indicator_id = ? and v.period = ? and v.territory_type = ?
                        order by v.territory_id offset ? limit ?""")
                .params(indicatorId, period.toString(), territoryType, offset, limit)
                .query(Observatory::value)
                .list();
    }

    public int countAt(String indicatorId, ObservationPeriod period, String territoryType) {
        return jdbc.sql("""
                        select count(*) from observatory.indicator_value v
                        where v.indicator_id = ? and v.period = ? and v.territory_type = ?""")
                .params(indicatorId, period.toString(), territoryType)
                .query(Integer.class)
                .single();
    }

    /** When each dataset (and the aggregates) was last loaded, with its version and number of values. */
    public record Load(String dataset, String version, java.time.OffsetDateTime loadedAt, int rowCount) {}

    public List<Load> loads() {
        return jdbc.sql("""
                        select substring(dataset from 13), version, loaded_at, row_count from shared.dataset_load
                        where dataset like 'observatory/%' order by dataset""")
                .query((rs, n) -> new Load(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, java.time.OffsetDateTime.class),
                        rs.getInt(4)))
                .list();
    }

    /** A territory's value with its name, for rankings and maps. */
    public record Ranked(String territoryId, String code, String name, double value) {}

    /** The highest (or lowest) values of a level. */
    public List<Ranked> ranking(
            String indicatorId, ObservationPeriod period, String territoryType, int limit, boolean highest) {
        return jdbc.sql("""
                        select t.id, t.code, t.name, v.value from observatory.indicator_value v
                        join territory.territory t on t.id = v.territory_id
                        where v.indicator_id = ? and v.period = ? and v.actor_type = 'territoires'
                          and v.territory_type = ?
                        order by v.value""" + (highest ? " desc" : " asc") + ", t.id limit ?")
                .params(indicatorId, period.toString(), territoryType, limit)
                .query((rs, n) -> new Ranked(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4)))
                .list();
    }

    /** Every value of a level, by official code (the key of the bundled boundaries). */
    public java.util.Map<String, Double> byCode(String indicatorId, ObservationPeriod period, String territoryType) {
        java.util.Map<String, Double> values = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select t.code, v.value from observatory.indicator_value v
                        join territory.territory t on t.id = v.territory_id
                        where v.indicator_id = ? and v.period = ? and v.actor_type = 'territoires' and v.territory_type = ?""").params(indicatorId, period.toString(), territoryType).query(rs -> {
            values.put(rs.getString(1), rs.getDouble(2));
        });
        return values;
    }

    static IndicatorValue value(ResultSet rs, int n) throws SQLException {
        return new IndicatorValue(
                rs.getString(1),
                rs.getString(2),
                ObservationPeriod.parse(rs.getString(3)),
                ActorType.fromCode(rs.getString(4)),
                rs.getDouble(5),
                ValueMethod.fromCode(rs.getString(6)),
                rs.getString(7),
                (Double) rs.getObject(8),
                List.of((String[]) rs.getArray(9).getArray()),
                rs.getString(10));
    }

    private static Indicator indicator(ResultSet rs, int n) throws SQLException {
        return new Indicator(
                rs.getString("id"),
                rs.getString("label"),
                rs.getString("definition"),
                rs.getString("unit"),
                rs.getInt("decimals"),
                rs.getString("theme"),
                ActorType.fromCode(rs.getString("actor_type")),
                AggregationRule.fromCode(rs.getString("aggregation")),
                rs.getString("aggregation_weight"),
                List.of((String[]) rs.getArray("aggregation_components").getArray()),
                (Double) rs.getObject("ratio_factor"),
                (Boolean) rs.getObject("higher_is_better"),
                rs.getBoolean("context"),
                rs.getString("dataset_id"));
    }

    private static Dataset dataset(ResultSet rs, int n) throws SQLException {
        return new Dataset(
                rs.getString("id"),
                rs.getString("title"),
                rs.getString("producer"),
                rs.getString("vintage"),
                rs.getString("licence"),
                rs.getString("file"),
                rs.getString("source_url"),
                rs.getString("version"),
                rs.getInt("row_count"));
    }
}
