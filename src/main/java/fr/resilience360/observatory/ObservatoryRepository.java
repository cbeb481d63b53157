package fr.resilience360.observatory;

import fr.resilience360.territory.TerritoryType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the catalogue and the values of the observatory's tables. */
@Repository
class ObservatoryRepository {

    static final String VALUE_COLUMNS = """
            v.territory_id, v.indicator_id, v.period, v.actor_type, v.value, v.method, v.method_detail, v.coverage,
            v.flags, v.dataset_id""";

    /** The latest period first: years before their months, decades by their first year. */
    private static final String LATEST_FIRST = "left(v.period, 4) desc, v.period desc";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    ObservatoryRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    List<Indicator> indicators() {
        return jdbc.sql("select * from observatory.indicator order by theme, id")
                .query(ObservatoryRepository::indicator)
                .list();
    }

    List<Dataset> datasets() {
        return jdbc.sql("select * from observatory.dataset order by id")
                .query(ObservatoryRepository::dataset)
                .list();
    }

    /**
     * The periods with values, by indicator id, as the last recompute found them (read from the small table of
     * distributions rather than from millions of values).
     */
    Map<String, List<ObservationPeriod>> periods() {
        Map<String, List<ObservationPeriod>> periods = new HashMap<>();
        jdbc.sql("select distinct indicator_id, period from observatory.level_distribution")
                .query(rs -> {
                    periods.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(ObservationPeriod.parse(rs.getString(2)));
                });
        periods.replaceAll((k, v) -> v.stream().sorted().toList());
        return periods;
    }

    /** Every value of an indicator for a territory, whatever its period and actor type. */
    List<IndicatorValue> series(String territoryId, String indicatorId) {
        return jdbc.sql("select " + VALUE_COLUMNS
                        + " from observatory.indicator_value v where territory_id = ? and indicator_id = ?")
                .params(territoryId, indicatorId)
                .query(ObservatoryRepository::value)
                .list();
    }

    /** Every value of a territory, every indicator and period. */
    List<IndicatorValue> allOfTerritory(String territoryId) {
        return jdbc.sql("select " + VALUE_COLUMNS + " from observatory.indicator_value v where territory_id = ?")
                .param(territoryId)
                .query(ObservatoryRepository::value)
                .list();
    }

    /** The latest value of each indicator and actor type for these territories (and indicators, when given). */
    List<IndicatorValue> latest(Collection<String> territoryIds, Collection<String> indicatorIds) {
        String indicators = indicatorIds == null ? "" : " and v.indicator_id = any(?)";
        var statement = jdbc.sql("select distinct on (v.territory_id, v.indicator_id, v.actor_type) " + VALUE_COLUMNS
                        + " from observatory.indicator_value v where v.territory_id = any(?)" + indicators
                        + " order by v.territory_id, v.indicator_id, v.actor_type, " + LATEST_FIRST)
                .param(territoryIds.toArray(String[]::new));
        if (indicatorIds != null) statement = statement.param(indicatorIds.toArray(String[]::new));
        return statement.query(ObservatoryRepository::value).list();
    }

    /** The values of a level, ordered by territory id, one page at a time. */
    List<IndicatorValue> atLevel(
            String indicatorId, ObservationPeriod period, TerritoryType level, int offset, int limit) {
        return jdbc.sql("select " + VALUE_COLUMNS + """
                         from observatory.indicator_value v
                        where v.indicator_id = ? and v.period = ? and v.territory_type = ?
                        order by v.territory_id offset ? limit ?""")
                .params(indicatorId, period.toString(), level.code(), offset, limit)
                .query(ObservatoryRepository::value)
                .list();
    }

    /** The territories' values of a level, highest (or lowest) first. */
    List<IndicatorValue> ranking(
            String indicatorId, ObservationPeriod period, TerritoryType level, int limit, boolean highest) {
        return jdbc.sql("select " + VALUE_COLUMNS + """
                         from observatory.indicator_value v
                        where v.indicator_id = ? and v.period = ?
                          and v.territory_type = ?
                        order by v.value""" + (highest ? " desc" : " asc") + ", v.territory_id limit ?")
                .params(indicatorId, period.toString(), level.code(), limit)
                .query(ObservatoryRepository::value)
                .list();
    }

    /** The territories' values of some territories for one indicator and period, by territory id. */
    Map<String, Double> valuesOf(Collection<String> territoryIds, String indicatorId, ObservationPeriod period) {
        Map<String, Double> values = new HashMap<>();
        jdbc.sql("""
                        select v.territory_id, v.value from observatory.indicator_value v
                        where v.indicator_id = ? and v.period = ?
                          and v.territory_id = any(?)""")
                .params(indicatorId, period.toString(), territoryIds.toArray(String[]::new))
                .query(rs -> {
                    values.put(rs.getString(1), rs.getDouble(2));
                });
        return values;
    }

    /** The territories' values of a level, by territory id. */
    Map<String, Double> valuesAt(String indicatorId, ObservationPeriod period, TerritoryType level) {
        Map<String, Double> values = new HashMap<>();
        jdbc.sql("""
                        select v.territory_id, v.value from observatory.indicator_value v
                        where v.indicator_id = ? and v.period = ?
                          and v.territory_type = ?""").params(indicatorId, period.toString(), level.code()).query(rs -> {
            values.put(rs.getString(1), rs.getDouble(2));
        });
        return values;
    }

    /**
     * Streams every value of a level ordered by territory, indicator and period, without holding them in memory
     * (a cursor of 10,000 rows at a time, in a read-only transaction without network timeout).
     */
    @Transactional(readOnly = true)
    void forEachAtLevel(TerritoryType level, Consumer<IndicatorValue> consumer) {
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            c.setNetworkTimeout(Runnable::run, 0);
            try (PreparedStatement ps = c.prepareStatement("select " + VALUE_COLUMNS
                    + " from observatory.indicator_value v where v.territory_type = ?"
                    + " order by v.territory_id, v.indicator_id, v.period")) {
                ps.setFetchSize(10_000);
                ps.setString(1, level.code());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) consumer.accept(value(rs, 0));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Lecture des valeurs impossible : " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    static IndicatorValue value(ResultSet rs, int n) throws SQLException {
        return new IndicatorValue(
                new IndicatorValue.Key(
                        rs.getString(1),
                        rs.getString(2),
                        ObservationPeriod.parse(rs.getString(3)),
                        ActorType.fromCode(rs.getString(4))),
                rs.getDouble(5),
                new IndicatorValue.Provenance(
                        ValueMethod.fromCode(rs.getString(6)),
                        rs.getString(7),
                        (Double) rs.getObject(8),
                        List.of((String[]) rs.getArray(9).getArray()),
                        rs.getString(10)));
    }

    private static Indicator indicator(ResultSet rs, int n) throws SQLException {
        return new Indicator(
                rs.getString("id"),
                new Indicator.Description(
                        rs.getString("label"),
                        rs.getString("definition"),
                        rs.getString("unit"),
                        rs.getInt("decimals"),
                        rs.getString("theme"),
                        ActorType.fromCode(rs.getString("actor_type")),
                        (Boolean) rs.getObject("higher_is_better"),
                        rs.getBoolean("context")),
                new Indicator.Aggregation(
                        AggregationRule.fromCode(rs.getString("aggregation")),
                        rs.getString("aggregation_weight"),
                        List.of((String[]) rs.getArray("aggregation_components").getArray()),
                        (Double) rs.getObject("ratio_factor")),
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
