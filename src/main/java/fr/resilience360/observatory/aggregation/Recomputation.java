package fr.resilience360.observatory.aggregation;

import fr.resilience360.observatory.AggregationRule;
import fr.resilience360.observatory.ObservationPeriod;
import fr.resilience360.observatory.importing.ValueRow;
import fr.resilience360.observatory.importing.ValueStore;
import fr.resilience360.shared.DatasetLoads;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes every value that is not published: aggregates of communes for EPCI, départements, régions and France
 * with each indicator's rule (a value published at the territory's own level wins), and computed indicators (ratios
 * per inhabitants, number of risk families) at every level. One transaction: readers see the old or the new values.
 */
@Service
public class Recomputation {

    static final double FULL_COVERAGE = 0.995;
    static final String AGGREGATES = "observatory/aggregates";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ValueStore store;
    private final DatasetLoads loads;

    Recomputation(JdbcClient jdbc, TransactionTemplate transaction, ValueStore store, DatasetLoads loads) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.store = store;
        this.loads = loads;
    }

    /** Whether the aggregates were computed from the datasets now loaded (their ids and versions). */
    public boolean isUpToDate() {
        return loads.isLoaded(AGGREGATES, inputsVersion());
    }

    private String inputsVersion() {
        return jdbc.sql(
                        "select coalesce(md5(string_agg(id || ':' || version, ',' order by id)), '') from observatory.dataset")
                .query(String.class)
                .single();
    }

    private record Catalogued(
            String id,
            AggregationRule rule,
            String weight,
            List<String> components,
            Double factor,
            String actor,
            String dataset) {}

    /** The communes (indexed), their population and, for every larger territory, its member communes. */
    private record Division(
            Map<String, Integer> index, String[] ids, double[] population, Map<String, int[]> members) {}

    public record Summary(int indicators, int values, long millis) {}

    public Summary recomputeAll(Consumer<String> progress) {
        long start = System.currentTimeMillis();
        progress.accept("Recalcul des agrégats : lecture du découpage");
        Division division = division();
        List<Catalogued> catalogue = catalogue();
        Set<String> published = publishedAboveCommunes(division);
        Map<String, Map<String, double[]>> communeValues = new HashMap<>();
        Map<String, Map<String, Map<String, Double>>> levelValues = new HashMap<>();
        Set<String> smoothed = new HashSet<>();
        List<ValueRow> rows = new ArrayList<>();
        int done = 0;
        for (Catalogued c : catalogue) {
            if (!c.rule.computed() && c.rule != AggregationRule.AUCUNE)
                aggregate(c, division, published, communeValues, levelValues, smoothed, rows);
            if (++done % 25 == 0) progress.accept("  " + done + "/" + catalogue.size() + " indicateurs agrégés");
        }
        for (Catalogued c : catalogue) {
            if (c.rule == AggregationRule.RATIO) ratio(c, division, published, communeValues, rows);
            if (c.rule == AggregationRule.NOMBRE_FAMILLES) families(c, division, communeValues, levelValues, rows);
        }
        progress.accept("  écriture de " + rows.size() + " valeurs agrégées ou calculées");
        transaction.executeWithoutResult(s -> {
            store.allowLongStatements();
            jdbc.sql("delete from observatory.indicator_value where method in ('agrege', 'calcule')")
                    .update();
            store.copy(rows);
            loads.markLoaded(AGGREGATES, inputsVersion(), rows.size());
        });
        long millis = System.currentTimeMillis() - start;
        progress.accept("Recalcul terminé : " + rows.size() + " valeurs en " + millis / 1000.0 + " s");
        long maintenance = System.currentTimeMillis();
        // outside the transaction: fresh statistics and visibility map for the level index (ranks, percentiles)
        jdbc.sql("vacuum (analyze) observatory.indicator_value").update();
        progress.accept("Maintenance de la table des valeurs (VACUUM ANALYZE) : "
                + (System.currentTimeMillis() - maintenance) / 1000.0 + " s");
        return new Summary(catalogue.size(), rows.size(), millis);
    }

    private void aggregate(
            Catalogued c,
            Division d,
            Set<String> published,
            Map<String, Map<String, double[]>> communeValues,
            Map<String, Map<String, Map<String, Double>>> levelValues,
            Set<String> smoothed,
            List<ValueRow> rows) {
        Map<String, double[]> byPeriod = communeValues(c.id, d, communeValues, smoothed);
        String detail = detail(c);
        for (var entry : byPeriod.entrySet()) {
            String period = entry.getKey();
            double[] weights = c.rule == AggregationRule.MOYENNE_PONDEREE
                    ? weights(c.weight, period, d, communeValues, smoothed)
                    : null;
            Map<String, Double> results = new HashMap<>();
            for (var parent : d.members.entrySet()) {
                MemberAggregation.Result r = MemberAggregation.aggregate(
                        c.rule, parent.getValue(), entry.getValue(), weights, d.population, 1);
                if (r == null) continue;
                results.put(parent.getKey(), r.value());
                if (published.contains(c.id + '|' + period + '|' + parent.getKey())) continue;
                List<String> flags = new ArrayList<>();
                if (r.coverage() < FULL_COVERAGE) flags.add("couverture_partielle");
                if (anySmoothed(c.id, period, parent.getValue(), d, smoothed)) flags.add("lisse");
                rows.add(row(c, period, parent.getKey(), r.value(), "agrege", detail, r.coverage(), flags));
            }
            levelValues.computeIfAbsent(c.id, k -> new HashMap<>()).put(period, results);
        }
    }

    private void ratio(
            Catalogued c,
            Division d,
            Set<String> published,
            Map<String, Map<String, double[]>> communeValues,
            List<ValueRow> rows) {
        String numerator = c.components.get(0);
        double factor = c.factor == null ? 1 : c.factor;
        Map<String, double[]> byPeriod = communeValues(numerator, d, communeValues, new HashSet<>());
        String detail = "calculé : « " + label(numerator) + " » / population municipale × " + fmt(factor);
        for (var entry : byPeriod.entrySet()) {
            double[] num = entry.getValue();
            for (int i = 0; i < num.length; i++)
                if (!Double.isNaN(num[i]) && d.population[i] > 0)
                    rows.add(row(
                            c,
                            entry.getKey(),
                            d.ids[i],
                            num[i] / d.population[i] * factor,
                            "calcule",
                            detail,
                            null,
                            List.of()));
            for (var parent : d.members.entrySet()) {
                MemberAggregation.Result r = MemberAggregation.aggregate(
                        AggregationRule.RATIO, parent.getValue(), num, d.population, d.population, factor);
                if (r == null || published.contains(c.id + '|' + entry.getKey() + '|' + parent.getKey())) continue;
                rows.add(row(
                        c,
                        entry.getKey(),
                        parent.getKey(),
                        r.value(),
                        "calcule",
                        detail,
                        r.coverage(),
                        r.coverage() < FULL_COVERAGE ? List.of("couverture_partielle") : List.of()));
            }
        }
    }

    /** A commune counts the families flagged; a larger territory those flagged in at least one of its communes. */
    private void families(
            Catalogued c,
            Division d,
            Map<String, Map<String, double[]>> communeValues,
            Map<String, Map<String, Map<String, Double>>> levelValues,
            List<ValueRow> rows) {
        String first = c.components.get(0);
        String detail = "calculé : nombre de familles parmi " + c.components.size() + " présentes dans les communes";
        for (String period :
                communeValues(first, d, communeValues, new HashSet<>()).keySet()) {
            for (int i = 0; i < d.ids.length; i++) {
                double count = 0;
                boolean known = true;
                for (String comp : c.components) {
                    double[] v = communeValues.get(comp).get(period);
                    if (v == null || Double.isNaN(v[i])) known = false;
                    else if (v[i] >= 1) count++;
                }
                if (known) rows.add(row(c, period, d.ids[i], count, "calcule", detail, null, List.of()));
            }
            Map<String, Double> firstLevel =
                    levelValues.getOrDefault(first, Map.of()).getOrDefault(period, Map.of());
            for (var parent : d.members.entrySet()) {
                if (!firstLevel.containsKey(parent.getKey())) continue;
                double count = 0;
                for (String comp : c.components) {
                    Double v = levelValues
                            .getOrDefault(comp, Map.of())
                            .getOrDefault(period, Map.of())
                            .get(parent.getKey());
                    if (v != null && v >= 1) count++;
                }
                MemberAggregation.Result cover = MemberAggregation.aggregate(
                        AggregationRule.MAX,
                        parent.getValue(),
                        communeValues.get(first).get(period),
                        null,
                        d.population,
                        1);
                rows.add(row(
                        c,
                        period,
                        parent.getKey(),
                        count,
                        "calcule",
                        detail,
                        cover.coverage(),
                        cover.coverage() < FULL_COVERAGE ? List.of("couverture_partielle") : List.of()));
            }
        }
    }

    private double[] weights(
            String weight, String period, Division d, Map<String, Map<String, double[]>> cache, Set<String> smoothed) {
        if (weight == null || weight.equals("population")) return d.population;
        Map<String, double[]> byPeriod = communeValues(weight, d, cache, smoothed);
        if (byPeriod.containsKey(period)) return byPeriod.get(period);
        // the closest vintage of the weight, preferring the latest: weights move slowly
        return byPeriod.entrySet().stream()
                .min((a, b) -> {
                    int da = Math.abs(ObservationPeriod.parse(a.getKey()).year()
                            - ObservationPeriod.parse(period).year());
                    int db = Math.abs(ObservationPeriod.parse(b.getKey()).year()
                            - ObservationPeriod.parse(period).year());
                    return da != db ? Integer.compare(da, db) : b.getKey().compareTo(a.getKey());
                })
                .map(Map.Entry::getValue)
                .orElse(d.population);
    }

    private Map<String, double[]> communeValues(
            String indicator, Division d, Map<String, Map<String, double[]>> cache, Set<String> smoothed) {
        return cache.computeIfAbsent(indicator, id -> {
            Map<String, double[]> byPeriod = new TreeMap<>();
            jdbc.sql("""
                    select period, territory_id, value, 'lisse' = any(flags) from observatory.indicator_value
                    where indicator_id = ? and method = 'publie'
                    """).param(id).query(rs -> {
                Integer i = d.index.get(rs.getString(2));
                if (i == null) return;
                String period = rs.getString(1);
                double[] v = byPeriod.computeIfAbsent(period, p -> {
                    double[] a = new double[d.ids.length];
                    java.util.Arrays.fill(a, Double.NaN);
                    return a;
                });
                v[i] = rs.getDouble(3);
                if (rs.getBoolean(4)) smoothed.add(id + '|' + period + '|' + i);
            });
            return byPeriod;
        });
    }

    private static boolean anySmoothed(String id, String period, int[] members, Division d, Set<String> smoothed) {
        if (smoothed.isEmpty()) return false;
        for (int m : members) if (smoothed.contains(id + '|' + period + '|' + m)) return true;
        return false;
    }

    private String detail(Catalogued c) {
        return switch (c.rule) {
            case MOYENNE_PONDEREE ->
                "agrégé des communes : moyenne pondérée par "
                        + (c.weight == null || c.weight.equals("population")
                                ? "la population municipale"
                                : "« " + label(c.weight) + " »");
            default -> "agrégé des communes : " + c.rule.label();
        };
    }

    private String label(String indicator) {
        return jdbc.sql("select label from observatory.indicator where id = ?")
                .param(indicator)
                .query(String.class)
                .optional()
                .orElse(indicator);
    }

    private static ValueRow row(
            Catalogued c,
            String period,
            String territory,
            double value,
            String method,
            String detail,
            Double coverage,
            List<String> flags) {
        return new ValueRow(
                c.id,
                period,
                ObservationPeriod.parse(period).kind().code(),
                c.actor,
                territory,
                value,
                method,
                detail,
                coverage,
                flags,
                c.dataset);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private List<Catalogued> catalogue() {
        return jdbc.sql("""
                select id, aggregation, aggregation_weight, aggregation_components, ratio_factor, actor_type, dataset_id
                from observatory.indicator order by id
                """)
                .query((rs, n) -> new Catalogued(
                        rs.getString(1),
                        AggregationRule.fromCode(rs.getString(2)),
                        rs.getString(3),
                        List.of((String[]) rs.getArray(4).getArray()),
                        (Double) rs.getObject(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    private Set<String> publishedAboveCommunes(Division d) {
        Set<String> keys = new HashSet<>();
        jdbc.sql("""
                select v.indicator_id, v.period, v.territory_id from observatory.indicator_value v
                join territory.territory t on t.id = v.territory_id
                where v.method = 'publie' and t.type <> 'commune'
                """).query(rs -> {
            keys.add(rs.getString(1) + '|' + rs.getString(2) + '|' + rs.getString(3));
        });
        return keys;
    }

    private Division division() {
        List<String> ids = new ArrayList<>();
        List<Double> pops = new ArrayList<>();
        jdbc.sql("select id, coalesce(population, 0) from territory.territory where type = 'commune' order by id")
                .query(rs -> {
                    ids.add(rs.getString(1));
                    pops.add(rs.getDouble(2));
                });
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) index.put(ids.get(i), i);
        Map<String, List<Integer>> members = new HashMap<>();
        jdbc.sql("""
                select m.parent_id, m.member_id from territory.membership m
                join territory.territory c on c.id = m.member_id and c.type = 'commune'
                """).query(rs -> {
            members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(index.get(rs.getString(2)));
        });
        Map<String, int[]> arrays = new HashMap<>();
        members.forEach(
                (k, v) -> arrays.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        double[] population = pops.stream().mapToDouble(Double::doubleValue).toArray();
        return new Division(index, ids.toArray(String[]::new), population, arrays);
    }
}
