package fr.resilience360.observatory;

import fr.resilience360.territory.TerritoryType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the positions and distributions computed at each recompute, by key. */
@Repository
class PositionRepository {

    private static final String POSITION_COLUMNS =
            "v.indicator_id, v.period, v.value, p.value_rank, p.level_count, p.percentile";

    private final JdbcClient jdbc;

    PositionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RelativePositions.Distribution> distribution(
            String indicatorId, ObservationPeriod period, TerritoryType level) {
        return jdbc.sql("""
                        select value_count, min_value, quantiles, max_value, mean_value from observatory.level_distribution
                        where indicator_id = ? and period = ? and territory_type = ?""")
                .params(indicatorId, period.toString(), level.code())
                .query((rs, n) -> {
                    Double[] q = (Double[]) rs.getArray(3).getArray();
                    return new RelativePositions.Distribution(
                            rs.getInt(1),
                            rs.getDouble(2),
                            q[0],
                            q[1],
                            q[2],
                            q[3],
                            q[4],
                            rs.getDouble(4),
                            rs.getDouble(5));
                })
                .optional();
    }

    /** How many territories of each level have a value for this indicator and period. */
    int count(String indicatorId, ObservationPeriod period, TerritoryType level) {
        return distribution(indicatorId, period, level)
                .map(RelativePositions.Distribution::count)
                .orElse(0);
    }

    double[] sortedValues(String indicatorId, ObservationPeriod period, TerritoryType level) {
        return jdbc.sql("""
                        select v.value from observatory.indicator_value v
                        where v.indicator_id = ? and v.period = ? and v.actor_type = 'territoires'
                          and v.territory_type = ?
                        order by v.value""").params(indicatorId, period.toString(), level.code()).query(Double.class).list().stream()
                .mapToDouble(Double::doubleValue)
                .toArray();
    }

    /** The positions of a territory's latest value of every indicator. */
    List<RelativePositions.Position> latestPositions(String territoryId) {
        return jdbc.sql("select distinct on (v.indicator_id) " + POSITION_COLUMNS + """
                         from observatory.indicator_value v
                        join observatory.value_position p
                          on p.territory_id = v.territory_id and p.indicator_id = v.indicator_id and p.period = v.period
                        where v.territory_id = ? and v.actor_type = 'territoires'
                        order by v.indicator_id, left(v.period, 4) desc, v.period desc""")
                .param(territoryId)
                .query(PositionRepository::position)
                .list();
    }

    Optional<RelativePositions.Position> position(String territoryId, String indicatorId, ObservationPeriod period) {
        return jdbc.sql("select " + POSITION_COLUMNS + """
                         from observatory.indicator_value v
                        join observatory.value_position p
                          on p.territory_id = v.territory_id and p.indicator_id = v.indicator_id and p.period = v.period
                        where v.territory_id = ? and v.indicator_id = ? and v.period = ? and v.actor_type = 'territoires'""")
                .params(territoryId, indicatorId, period.toString())
                .query(PositionRepository::position)
                .optional();
    }

    private static RelativePositions.Position position(ResultSet rs, int n) throws SQLException {
        return new RelativePositions.Position(
                rs.getString(1),
                ObservationPeriod.parse(rs.getString(2)),
                rs.getDouble(3),
                rs.getInt(4),
                rs.getInt(5),
                rs.getDouble(6));
    }
}
