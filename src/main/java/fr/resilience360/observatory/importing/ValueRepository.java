package fr.resilience360.observatory.importing;

import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.shared.DatasetLoads;
import fr.resilience360.territory.TerritoryType;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the observatory's values: a dataset's published values, and the computed values with the positions and
 * distributions that follow from them. Each write is one transaction: readers see the old or the new values. Used by
 * the importing and aggregation packages only (a module-internal package).
 */
@Repository
public class ValueRepository {

    private static final int CHUNK = 50_000;
    private static final int LONG_STATEMENT_MILLIS = 10 * 60 * 1000;

    /**
     * Recompute the sorted values and the distribution of every indicator, period and level from the values (table
     * {@code observatory.level_distribution}, migration V22): ranks and percentiles are read from them by key.
     */
    private static final List<String> DISTRIBUTIONS =
            List.of("set local work_mem = '256MB'", "delete from observatory.level_distribution", """
            insert into observatory.level_distribution (indicator_id, period, territory_type, value_count, min_value,
              quantiles, max_value, mean_value, sorted_values)
            select indicator_id, period, territory_type, count(*), min(value),
                   percentile_cont(array[0.1, 0.25, 0.5, 0.75, 0.9]) within group (order by value),
                   max(value), avg(value), array_agg(value order by value)
            from observatory.indicator_value
            group by indicator_id, period, territory_type""");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final DatasetLoads loads;
    private final CatalogueRepository catalogue;

    ValueRepository(JdbcClient jdbc, DataSource dataSource, DatasetLoads loads, CatalogueRepository catalogue) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.loads = loads;
        this.catalogue = catalogue;
    }

    /**
     * Replaces a dataset: its description, its indicators and its published values (the aggregates stay until the
     * recompute that follows every import), and marks it loaded, all or nothing.
     */
    @Transactional
    public void replaceDataset(DatasetMapping mapping, String file, String version, List<IndicatorValue> values) {
        allowLongStatements();
        catalogue.replace(mapping, file, version, values.size());
        jdbc.sql("delete from observatory.indicator_value where dataset_id = ? and method = 'publie'")
                .param(mapping.dataset().id())
                .update();
        copy(values);
        loads.markLoaded(Observatory.LOAD_PREFIX + mapping.dataset().id(), version, values.size());
    }

    /**
     * Replaces every aggregated and computed value, then recomputes the sorted values and distributions of every
     * level from all values, and marks the aggregates loaded with the version of their inputs, all or nothing.
     */
    @Transactional
    public void replaceComputed(List<IndicatorValue> values, String load, String inputsVersion) {
        allowLongStatements();
        jdbc.sql("delete from observatory.indicator_value where method in ('agrege', 'calcule')")
                .update();
        copy(values);
        DISTRIBUTIONS.forEach(sql -> jdbc.sql(sql).update());
        loads.markLoaded(load, inputsVersion, values.size());
    }

    /** Fresh statistics and visibility maps after a bulk write (outside any transaction). */
    public void maintain() {
        jdbc.sql("vacuum (analyze) observatory.indicator_value, observatory.level_distribution")
                .update();
    }

    /**
     * Lets the current transaction's connection run long statements (deleting and copying a million values) even when
     * the pool is configured with a socket timeout, as an external PostgreSQL in production may be; the pool restores
     * the connection's timeout when it returns.
     */
    private void allowLongStatements() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.setNetworkTimeout(Runnable::run, LONG_STATEMENT_MILLIS);
        } catch (SQLException e) {
            throw new IllegalStateException("Délai réseau non modifiable : " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void copy(List<IndicatorValue> values) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < values.size(); from += CHUNK) {
                StringBuilder text = new StringBuilder();
                for (IndicatorValue v : values.subList(from, Math.min(values.size(), from + CHUNK))) append(text, v);
                copy.copyIn(
                        "copy observatory.indicator_value (indicator_id, period, period_kind, actor_type, territory_id,"
                                + " value, method, method_detail, coverage, flags, dataset_id, territory_type)"
                                + " from stdin",
                        new StringReader(text.toString()));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Écriture des valeurs impossible : " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void append(StringBuilder s, IndicatorValue v) {
        IndicatorValue.Provenance p = v.provenance();
        s.append(escape(v.indicatorId())).append('\t');
        s.append(v.period()).append('\t').append(v.period().kind().code()).append('\t');
        s.append(v.key().actorType().code())
                .append('\t')
                .append(escape(v.territoryId()))
                .append('\t');
        s.append(v.value()).append('\t').append(p.method().code()).append('\t');
        s.append(p.methodDetail() == null ? "\\N" : escape(p.methodDetail())).append('\t');
        s.append(p.coverage() == null ? "\\N" : p.coverage().toString()).append('\t');
        s.append('{').append(String.join(",", p.flags())).append('}').append('\t');
        s.append(escape(p.datasetId())).append('\t');
        s.append(TerritoryType.ofId(v.territoryId()).code()).append('\n');
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ");
    }
}
