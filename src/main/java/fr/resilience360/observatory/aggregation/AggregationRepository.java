package fr.resilience360.observatory.aggregation;

import fr.resilience360.observatory.AggregationRule;
import fr.resilience360.observatory.DeclaredIndicatorValues;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads what the recompute needs: the catalogue's rules, the published values and the version of its inputs. */
@Repository
class AggregationRepository {

    private final JdbcClient jdbc;

    AggregationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A digest of the loaded datasets' ids and versions: the aggregates are up to date when computed from them. */
    String inputsVersion() {
        return jdbc.sql(
                        "select coalesce(md5(string_agg(id || ':' || version, ',' order by id)), '') from observatory.dataset"
                                + " where id <> '" + DeclaredIndicatorValues.DATASET + "'")
                .query(String.class)
                .single();
    }

    List<Catalogued> catalogue() {
        return jdbc.sql("""
                select id, label, aggregation, aggregation_weight, aggregation_components, ratio_factor, actor_type,
                  dataset_id
                from observatory.indicator order by id
                """)
                .query((rs, n) -> new Catalogued(
                        rs.getString(1),
                        rs.getString(2),
                        AggregationRule.fromCode(rs.getString(3)),
                        rs.getString(4),
                        List.of((String[]) rs.getArray(5).getArray()),
                        (Double) rs.getObject(6),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    /** The keys {@code indicator|period|territory} of the values published above the communes' level. */
    Set<String> publishedAboveCommunes() {
        Set<String> keys = new HashSet<>();
        jdbc.sql("""
                select indicator_id, period, territory_id from observatory.indicator_value
                where method = 'publie' and territory_type <> 'commune'
                """).query(rs -> {
            keys.add(rs.getString(1) + '|' + rs.getString(2) + '|' + rs.getString(3));
        });
        return keys;
    }

    /** The communes' published values of an indicator, by period, as arrays indexed like the grid's communes. */
    CommuneValues communeValues(String indicatorId, CommuneGrid grid) {
        return communeValues(jdbc.sql(COMMUNE_VALUES).param(indicatorId), grid);
    }

    /** As {@link #communeValues(String, CommuneGrid)}, reading only the grid's communes (a group of communes). */
    CommuneValues communeValuesOfGrid(String indicatorId, CommuneGrid grid) {
        return communeValues(
                jdbc.sql(COMMUNE_VALUES + " and territory_id = any(?)").params(indicatorId, grid.ids()), grid);
    }

    private static final String COMMUNE_VALUES = """
            select period, territory_id, value, 'lisse' = any(flags) from observatory.indicator_value
            where indicator_id = ? and method = 'publie' and territory_type = 'commune'""";

    private static CommuneValues communeValues(JdbcClient.StatementSpec query, CommuneGrid grid) {
        Map<String, double[]> byPeriod = new java.util.TreeMap<>();
        Set<String> smoothed = new HashSet<>();
        query.query(rs -> {
            Integer i = grid.index(rs.getString(2));
            if (i == null) return;
            String period = rs.getString(1);
            double[] v = byPeriod.computeIfAbsent(period, p -> grid.empty());
            v[i] = rs.getDouble(3);
            if (rs.getBoolean(4)) smoothed.add(period + '|' + i);
        });
        return new CommuneValues(byPeriod, smoothed);
    }

    /** An indicator of the catalogue with what its aggregation needs. */
    record Catalogued(
            String id,
            String label,
            AggregationRule rule,
            String weight,
            List<String> components,
            Double factor,
            String actor,
            String dataset) {}

    /** The labels of the catalogue, by id. */
    static Map<String, String> labels(List<Catalogued> catalogue) {
        Map<String, String> labels = new HashMap<>();
        catalogue.forEach(c -> labels.put(c.id(), c.label()));
        return labels;
    }
}
