package fr.resilience360.observatory.importing;

import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.territory.TerritoryType;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Copies values into the value tables (migration V96): resolves each value's series (indicator, period, actor type,
 * level) and source (method, dataset, a method detail shared by {@link #SHARED_DETAIL} values or more), creating the
 * missing ones, then copies the values sorted by series and territory, so that the primary key grows at its right
 * edge. In the caller's transaction.
 */
@Repository
class SeriesRepository {

    /** A method detail shared by this many values of one write is stored once, with their source. */
    static final int SHARED_DETAIL = 50;

    private static final int CHUNK = 50_000;

    record SeriesKey(String indicatorId, String period, String periodKind, String actorType, String territoryType) {
        static SeriesKey of(IndicatorValue v) {
            return new SeriesKey(
                    v.indicatorId(),
                    v.period().toString(),
                    v.period().kind().code(),
                    v.key().actorType().code(),
                    TerritoryType.ofId(v.territoryId()).code());
        }
    }

    record SourceKey(String method, String datasetId, String detail) {}

    private record Row(int series, int source, IndicatorValue value, boolean ownDetail) {}

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    SeriesRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    void copy(List<IndicatorValue> values) {
        Map<SeriesKey, Integer> series =
                series(values.stream().map(SeriesKey::of).toList());
        Map<SourceKey, Integer> counts = new HashMap<>();
        for (IndicatorValue v : values)
            if (v.methodDetail() != null)
                counts.merge(new SourceKey(v.method().code(), v.datasetId(), v.methodDetail()), 1, Integer::sum);
        List<SourceKey> keys = new ArrayList<>();
        for (IndicatorValue v : values) keys.add(sourceKey(v, counts));
        Map<SourceKey, Integer> sources = sources(keys);
        List<Row> rows = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            IndicatorValue v = values.get(i);
            SourceKey key = keys.get(i);
            rows.add(new Row(series.get(SeriesKey.of(v)), sources.get(key), v, key.detail() == null));
        }
        rows.sort(Comparator.comparingInt(Row::series)
                .thenComparing(r -> r.value().territoryId()));
        copyRows(rows);
    }

    private static SourceKey sourceKey(IndicatorValue v, Map<SourceKey, Integer> counts) {
        SourceKey shared = new SourceKey(v.method().code(), v.datasetId(), v.methodDetail());
        if (v.methodDetail() != null && counts.get(shared) >= SHARED_DETAIL) return shared;
        return new SourceKey(v.method().code(), v.datasetId(), null);
    }

    /** The ids of these series, created when missing. */
    Map<SeriesKey, Integer> series(Collection<SeriesKey> wanted) {
        List<SeriesKey> keys = List.copyOf(new LinkedHashSet<>(wanted));
        jdbc.sql("""
                        insert into observatory.value_series (indicator_id, period, period_kind, actor_type, territory_type)
                        select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                        on conflict (indicator_id, period, actor_type, territory_type) do nothing""")
                .params(
                        keys.stream().map(SeriesKey::indicatorId).toArray(String[]::new),
                        keys.stream().map(SeriesKey::period).toArray(String[]::new),
                        keys.stream().map(SeriesKey::periodKind).toArray(String[]::new),
                        keys.stream().map(SeriesKey::actorType).toArray(String[]::new),
                        keys.stream().map(SeriesKey::territoryType).toArray(String[]::new))
                .update();
        Map<SeriesKey, Integer> ids = new HashMap<>();
        jdbc.sql(
                        "select id, indicator_id, period, period_kind, actor_type, territory_type from observatory.value_series")
                .query(rs -> {
                    ids.put(
                            new SeriesKey(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6)),
                            rs.getInt(1));
                });
        return ids;
    }

    /** The ids of these sources, created when missing. */
    Map<SourceKey, Integer> sources(Collection<SourceKey> wanted) {
        Set<SourceKey> keys = new LinkedHashSet<>(wanted);
        jdbc.sql("""
                        insert into observatory.value_source (method, dataset_id, method_detail)
                        select * from unnest(?::text[], ?::text[], ?::text[])
                        on conflict (method, dataset_id, coalesce(method_detail, '')) do nothing""")
                .params(
                        keys.stream().map(SourceKey::method).toArray(String[]::new),
                        keys.stream().map(SourceKey::datasetId).toArray(String[]::new),
                        keys.stream().map(SourceKey::detail).toArray(String[]::new))
                .update();
        Map<SourceKey, Integer> ids = new HashMap<>();
        jdbc.sql("select id, method, dataset_id, method_detail from observatory.value_source")
                .query(rs -> {
                    ids.put(new SourceKey(rs.getString(2), rs.getString(3), rs.getString(4)), rs.getInt(1));
                });
        return ids;
    }

    private void copyRows(List<Row> rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < rows.size(); from += CHUNK) {
                StringBuilder text = new StringBuilder();
                for (Row r : rows.subList(from, Math.min(rows.size(), from + CHUNK))) append(text, r);
                copy.copyIn(
                        "copy observatory.series_value (series_id, territory_id, source_id, value, method_detail,"
                                + " coverage, flags) from stdin",
                        new StringReader(text.toString()));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Écriture des valeurs impossible : " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void append(StringBuilder s, Row r) {
        IndicatorValue v = r.value();
        IndicatorValue.Provenance p = v.provenance();
        s.append(r.series()).append('\t').append(escape(v.territoryId())).append('\t');
        s.append(r.source()).append('\t').append(v.value()).append('\t');
        s.append(r.ownDetail() && p.methodDetail() != null ? escape(p.methodDetail()) : "\\N")
                .append('\t');
        s.append(p.coverage() == null ? "\\N" : p.coverage().toString()).append('\t');
        s.append(p.flags().isEmpty() ? "\\N" : "{" + String.join(",", p.flags()) + "}")
                .append('\n');
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ");
    }
}
