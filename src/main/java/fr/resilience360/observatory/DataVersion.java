package fr.resilience360.observatory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of the observatory's data: a digest of the loaded datasets' versions and of the last recompute. It is
 * the ETag of every API answer and download, so clients revalidate cheaply and see new data after an import.
 */
@Component
class DataVersion {

    private final JdbcClient jdbc;

    DataVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String etag() {
        return "\"" + jdbc.sql("""
                        select coalesce(md5(string_agg(dataset || ':' || version || ':' || loaded_at, ',' order by dataset)), '0')
                        from shared.dataset_load where dataset like 'observatory/%'""").query(String.class).single() + "\"";
    }
}
