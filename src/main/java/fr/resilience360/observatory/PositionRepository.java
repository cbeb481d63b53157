package fr.resilience360.observatory;

import fr.resilience360.territory.TerritoryType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the sorted values and distributions computed at each recompute ({@code observatory.level_distribution}). */
@Repository
class PositionRepository {

    /** An indicator at one level and period: the key of a {@link LevelValues}. */
    record Level(String indicatorId, ObservationPeriod period, TerritoryType type) {}

    private final JdbcClient jdbc;

    PositionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sorted values of these levels, in one query; a level without values is absent. */
    Map<Level, LevelValues> levels(Collection<Level> levels) {
        Map<Level, LevelValues> found = new HashMap<>();
        if (levels.isEmpty()) return found;
        jdbc.sql("""
                        select d.indicator_id, d.period, d.territory_type, d.value_count, d.min_value, d.quantiles,
                          d.max_value, d.mean_value, d.sorted_values
                        from observatory.level_distribution d
                        join unnest(?::text[], ?::text[], ?::text[]) as k(indicator_id, period, territory_type)
                          on k.indicator_id = d.indicator_id and k.period = d.period
                          and k.territory_type = d.territory_type""")
                .params(
                        levels.stream().map(Level::indicatorId).toArray(String[]::new),
                        levels.stream().map(l -> l.period().toString()).toArray(String[]::new),
                        levels.stream().map(l -> l.type().code()).toArray(String[]::new))
                .query(rs -> {
                    found.put(level(rs), levelValues(rs));
                });
        return found;
    }

    private static Level level(ResultSet rs) throws SQLException {
        return new Level(
                rs.getString(1),
                ObservationPeriod.parse(rs.getString(2)),
                TerritoryType.fromCode(rs.getString(3)).orElseThrow());
    }

    private static LevelValues levelValues(ResultSet rs) throws SQLException {
        Double[] q = (Double[]) rs.getArray(6).getArray();
        Double[] values = (Double[]) rs.getArray(9).getArray();
        double[] sorted = new double[values.length];
        for (int i = 0; i < sorted.length; i++) sorted[i] = values[i];
        return new LevelValues(
                new RelativePositions.Distribution(
                        rs.getInt(4), rs.getDouble(5), q[0], q[1], q[2], q[3], q[4], rs.getDouble(7), rs.getDouble(8)),
                sorted);
    }
}
