package fr.resilience360.observatory.importing;

import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.shared.DatasetLoads;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
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

    private static final int LONG_STATEMENT_MILLIS = 10 * 60 * 1000;

    /**
     * Recompute the sorted values and the distribution of every indicator, period and level from the values (table
     * {@code observatory.level_distribution}, migration V22): ranks and percentiles are read from them by key. When
     * each indicator's values at one period and level form one series (an indicator describes one actor type: the
     * case of every bundled dataset), grouped by series and read in the order of the primary key, so that only each
     * series' values are sorted (10 s instead of 40 s for a sort of 6.5 million rows on text keys); otherwise the
     * series of one level are grouped together, as before V96.
     */
    private static final String DISTRIBUTIONS_BY_SERIES = """
            insert into observatory.level_distribution (indicator_id, period, territory_type, value_count, min_value,
              quantiles, max_value, mean_value, sorted_values)
            select s.indicator_id, s.period, s.territory_type, d.n, d.min_value, d.quantiles, d.max_value, d.mean_value,
                   d.sorted_values
            from (select series_id, count(*) as n, min(value) as min_value,
                         percentile_cont(array[0.1, 0.25, 0.5, 0.75, 0.9]) within group (order by value) as quantiles,
                         max(value) as max_value, avg(value) as mean_value,
                         array_agg(value order by value) as sorted_values
                  from observatory.series_value group by series_id) d
            join observatory.value_series s on s.id = d.series_id""";

    private static final String DISTRIBUTIONS_BY_LEVEL = """
            insert into observatory.level_distribution (indicator_id, period, territory_type, value_count, min_value,
              quantiles, max_value, mean_value, sorted_values)
            select s.indicator_id, s.period, s.territory_type, count(*), min(v.value),
                   percentile_cont(array[0.1, 0.25, 0.5, 0.75, 0.9]) within group (order by v.value),
                   max(v.value), avg(v.value), array_agg(v.value order by v.value)
            from observatory.series_value v join observatory.value_series s on s.id = v.series_id
            group by s.indicator_id, s.period, s.territory_type""";

    /** Whether some indicator has values of two actor types at one period and level (two series for one level). */
    private static final String SERIES_SHARING_A_LEVEL = """
            select exists (select 1 from observatory.value_series
                           group by indicator_id, period, territory_type having count(*) > 1)""";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final DatasetLoads loads;
    private final CatalogueRepository catalogue;
    private final SeriesRepository series;

    ValueRepository(
            JdbcClient jdbc,
            DataSource dataSource,
            DatasetLoads loads,
            CatalogueRepository catalogue,
            SeriesRepository series) {
        this.series = series;
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
        jdbc.sql("""
                        delete from observatory.series_value v using observatory.value_source o
                        where o.id = v.source_id and o.dataset_id = ? and o.method = 'publie'""").param(mapping.dataset().id()).update();
        series.copy(values);
        loads.markLoaded(Observatory.LOAD_PREFIX + mapping.dataset().id(), version, values.size());
    }

    /**
     * Records a dataset whose values are all computed (a climate grid): its description and indicators, marked loaded
     * with its version and size, all or nothing; its values come with the next recompute.
     */
    @Transactional
    public void replaceDescription(DatasetMapping mapping, String file, String version, int rowCount) {
        catalogue.replace(mapping, file, version, rowCount);
        loads.markLoaded(Observatory.LOAD_PREFIX + mapping.dataset().id(), version, rowCount);
    }

    /**
     * Replaces every aggregated and computed value, then recomputes the sorted values and distributions of every
     * level from all values, and marks the aggregates loaded with the version of their inputs, all or nothing.
     */
    @Transactional
    public void replaceComputed(List<IndicatorValue> values, String load, String inputsVersion) {
        allowLongStatements();
        jdbc.sql("""
                        delete from observatory.series_value v using observatory.value_source o
                        where o.id = v.source_id and o.method in ('agrege', 'calcule')""").update();
        series.copy(values);
        distributions();
        loads.markLoaded(load, inputsVersion, values.size());
    }

    private void distributions() {
        jdbc.sql("set local work_mem = '256MB'").update();
        jdbc.sql("delete from observatory.level_distribution").update();
        boolean shared = jdbc.sql(SERIES_SHARING_A_LEVEL).query(Boolean.class).single();
        jdbc.sql(shared ? DISTRIBUTIONS_BY_LEVEL : DISTRIBUTIONS_BY_SERIES).update();
    }

    /** Fresh statistics and visibility maps after a bulk write (outside any transaction). */
    public void maintain() {
        jdbc.sql("vacuum (analyze) observatory.series_value, observatory.value_series, observatory.value_source,"
                        + " observatory.level_distribution")
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
}
