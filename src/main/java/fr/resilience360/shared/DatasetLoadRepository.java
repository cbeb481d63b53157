package fr.resilience360.shared;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code shared.dataset_load}: one line per loaded dataset with its version. */
@Repository
class DatasetLoadRepository {

    private final JdbcClient jdbc;

    DatasetLoadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> version(String dataset) {
        return jdbc.sql("select version from shared.dataset_load where dataset = ?")
                .param(dataset)
                .query(String.class)
                .optional();
    }

    void upsert(String dataset, String version, int rowCount) {
        jdbc.sql("""
                insert into shared.dataset_load (dataset, version, row_count) values (?, ?, ?)
                on conflict (dataset) do update
                set version = excluded.version, row_count = excluded.row_count, loaded_at = now()
                """).params(dataset, version, rowCount).update();
    }

    List<DatasetLoads.Load> withPrefix(String prefix) {
        return jdbc.sql("""
                        select dataset, version, loaded_at, row_count from shared.dataset_load
                        where starts_with(dataset, ?) order by dataset""")
                .param(prefix)
                .query((rs, n) -> new DatasetLoads.Load(
                        rs.getString(1).substring(prefix.length()),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class),
                        rs.getInt(4)))
                .list();
    }

    String fingerprint(String prefix) {
        return jdbc.sql("""
                        select coalesce(md5(string_agg(dataset || ':' || version || ':' || loaded_at, ',' order by dataset)), '0')
                        from shared.dataset_load where starts_with(dataset, ?)""").param(prefix).query(String.class).single();
    }
}
