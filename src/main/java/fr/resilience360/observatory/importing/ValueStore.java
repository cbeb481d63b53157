package fr.resilience360.observatory.importing;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/** Writes values with PostgreSQL COPY, in the caller's transaction. */
@Component
public class ValueStore {

    private static final int CHUNK = 50_000;
    private static final int LONG_STATEMENT_MILLIS = 10 * 60 * 1000;

    private final DataSource dataSource;

    ValueStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Lets the current transaction's connection run long statements (deleting and copying a million values) even when
     * the pool is configured with a socket timeout, as an external PostgreSQL in production may be; the pool restores
     * the connection's timeout when it returns.
     */
    public void allowLongStatements() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.setNetworkTimeout(Runnable::run, LONG_STATEMENT_MILLIS);
        } catch (SQLException e) {
            throw new IllegalStateException("Délai réseau non modifiable : " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    public void copy(List<ValueRow> rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < rows.size(); from += CHUNK) {
                StringBuilder text = new StringBuilder();
                for (ValueRow r : rows.subList(from, Math.min(rows.size(), from + CHUNK))) append(text, r);
                copy.copyIn(
                        "copy observatory.indicator_value (indicator_id, period, period_kind, actor_type, territory_id,"
                                + " value, method, method_detail, coverage, flags, dataset_id, territory_type)"
                                + " from stdin",
                        new StringReader(text.toString()));
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("Écriture des valeurs impossible : " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void append(StringBuilder s, ValueRow r) {
        s.append(escape(r.indicatorId())).append('\t');
        s.append(r.period()).append('\t').append(r.periodKind()).append('\t');
        s.append(r.actorType()).append('\t').append(escape(r.territoryId())).append('\t');
        s.append(r.value()).append('\t').append(r.method()).append('\t');
        s.append(r.methodDetail() == null ? "\\N" : escape(r.methodDetail())).append('\t');
        s.append(r.coverage() == null ? "\\N" : r.coverage().toString()).append('\t');
        s.append('{').append(String.join(",", r.flags())).append('}').append('\t');
        s.append(escape(r.datasetId())).append('\t');
        s.append(typeOf(r.territoryId())).append('\n');
    }

    /** The level of a territory id, by the conventions of {@code TerritoryType.idOf}. */
    static String typeOf(String territoryId) {
        if (territoryId.equals("FR")) return "pays";
        if (territoryId.startsWith("reg-")) return "region";
        if (territoryId.startsWith("dep-")) return "departement";
        return territoryId.length() == 9 ? "epci" : "commune";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ");
    }
}
