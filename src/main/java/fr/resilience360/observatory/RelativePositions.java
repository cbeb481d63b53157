package fr.resilience360.observatory;

import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where a territory stands among the territories of its level for an indicator: the national distribution
 * (quantiles with linear interpolation, as QUANTILE.INC and the scoring engine's relative bornage), its percentile
 * and rank, and its peers (same type and nature, in the same département — the same région for départements).
 */
@Service
public class RelativePositions {

    /**
     * For a value {@code m}: how many values of the same indicator, period and level are below it, equal to it, and
     * in all (index range scans on {@code indicator_value_level_idx}).
     */
    private static final String COUNTS_AT_LEVEL = """
            cross join lateral (
              select (select count(*) from observatory.indicator_value v
                      where v.indicator_id = m.indicator_id and v.period = m.period
                        and v.actor_type = 'territoires' and v.territory_type = m.territory_type
                        and v.value < m.value) below,
                     (select count(*) from observatory.indicator_value v
                      where v.indicator_id = m.indicator_id and v.period = m.period
                        and v.actor_type = 'territoires' and v.territory_type = m.territory_type
                        and v.value = m.value) equal,
                     (select count(*) from observatory.indicator_value v
                      where v.indicator_id = m.indicator_id and v.period = m.period
                        and v.actor_type = 'territoires' and v.territory_type = m.territory_type) n) p
            """;

    private final JdbcClient jdbc;

    RelativePositions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The distribution of an indicator at one level; quantiles at 10, 25, 50, 75 and 90 %. */
    public record Distribution(
            int count,
            double min,
            double q10,
            double q25,
            double median,
            double q75,
            double q90,
            double max,
            double mean) {}

    /**
     * A territory's position: rank 1 is the highest value; percentile is the share of the level's territories below
     * it (ties counting half), from 0 to 100.
     */
    public record Position(
            String indicatorId, ObservationPeriod period, double value, int rank, int count, double percentile) {}

    public record Peer(String id, String name, double value, int rank) {}

    public Optional<Distribution> distribution(String indicatorId, ObservationPeriod period, TerritoryType level) {
        return jdbc.sql("""
                        select count(*), min(v.value),
                          percentile_cont(array[0.1, 0.25, 0.5, 0.75, 0.9]) within group (order by v.value),
                          max(v.value), avg(v.value)
                        from observatory.indicator_value v
                        where v.indicator_id = ? and v.period = ? and v.actor_type = 'territoires'
                          and v.territory_type = ?""")
                .params(indicatorId, period.toString(), level.code())
                .query((rs, n) -> {
                    if (rs.getInt(1) == 0) return null;
                    Double[] q = (Double[]) rs.getArray(3).getArray();
                    return new Distribution(
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

    /** The values of a level in ascending order, for the scoring engine's relative bornage. */
    public double[] sortedValues(String indicatorId, ObservationPeriod period, TerritoryType level) {
        return jdbc.sql("""
                        select v.value from observatory.indicator_value v
                        where v.indicator_id = ? and v.period = ? and v.actor_type = 'territoires'
                          and v.territory_type = ?
                        order by v.value""").params(indicatorId, period.toString(), level.code()).query(Double.class).list().stream()
                .mapToDouble(Double::doubleValue)
                .toArray();
    }

    /** The positions of a territory for the latest period of every indicator it has a value for, by indicator id. */
    public Map<String, Position> positions(TerritorySummary territory) {
        return jdbc
                .sql("""
                        select m.indicator_id, m.period, m.value, p.below, p.equal, p.n
                        from (select distinct on (indicator_id) indicator_id, period, value, territory_type
                              from observatory.indicator_value
                              where territory_id = ? and actor_type = 'territoires'
                              order by indicator_id, left(period, 4) desc, period desc) m
                        """ + COUNTS_AT_LEVEL)
                .param(territory.id())
                .query((rs, n) -> position(
                        rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
                .list()
                .stream()
                .collect(Collectors.toMap(Position::indicatorId, Function.identity()));
    }

    public Optional<Position> position(TerritorySummary territory, String indicatorId, ObservationPeriod period) {
        return jdbc.sql("""
                        select m.value, p.below, p.equal, p.n
                        from observatory.indicator_value m
                        """ + COUNTS_AT_LEVEL + """
                        where m.territory_id = ? and m.indicator_id = ? and m.period = ? and m.actor_type = 'territoires'""")
                .params(territory.id(), indicatorId, period.toString())
                .query((rs, n) -> position(
                        indicatorId, period.toString(), rs.getDouble(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .optional();
    }

    /** Territories of the same type and nature sharing the territory's département (région for a département). */
    public List<Peer> peers(TerritorySummary territory, String indicatorId, ObservationPeriod period) {
        String groupType = switch (territory.type()) {
            case COMMUNE, EPCI -> "departement";
            case DEPARTEMENT -> "region";
            case REGION, PAYS -> "pays";
        };
        return jdbc.sql("""
                        select t.id, t.name, v.value, rank() over (order by v.value desc)
                        from territory.territory t
                        join observatory.indicator_value v on v.territory_id = t.id and v.indicator_id = ? and v.period = ?
                          and v.actor_type = 'territoires'
                        where t.type = ? and t.nature = ? and t.id in (
                          select m.member_id from territory.membership m where m.parent_id in (
                            select g.parent_id from territory.membership g join territory.territory gt on gt.id = g.parent_id
                            where g.member_id = ? and gt.type = ?))
                        order by v.value desc""")
                .params(
                        indicatorId,
                        period.toString(),
                        territory.type().code(),
                        territory.nature(),
                        territory.id(),
                        groupType)
                .query((rs, n) -> new Peer(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getInt(4)))
                .list();
    }

    private static Position position(String indicator, String period, double value, int below, int equal, int n) {
        double percentile = n == 0 ? 0 : (below + 0.5 * equal) / n * 100;
        return new Position(indicator, ObservationPeriod.parse(period), value, n - below - equal + 1, n, percentile);
    }
}
