package fr.resilience360.observatory.importing;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes a dataset's description and its indicators into the catalogue, in the caller's transaction. */
@Repository
class CatalogueRepository {

    private final JdbcClient jdbc;

    CatalogueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the dataset and its own indicators (removing those it no longer declares); refuses a mapping that feeds
     * indicators of a dataset not yet imported, or declares indicators another dataset provides.
     */
    void replace(DatasetMapping mapping, String file, String version, int rowCount) {
        DatasetMapping.Info d = mapping.dataset();
        upsertDataset(d, file, version, rowCount);
        String[] ids = ids(mapping, false);
        String[] external = ids(mapping, true);
        int known = jdbc.sql("select count(*) from observatory.indicator where id = any(?)")
                .param(external)
                .query(Integer.class)
                .single();
        if (known != external.length)
            throw new ImportException(
                    file,
                    "la correspondance alimente des indicateurs d'un autre jeu non encore importé : "
                            + List.of(external));
        List<String> taken = jdbc.sql("select id from observatory.indicator where id = any(?) and dataset_id <> ?")
                .params(ids, d.id())
                .query(String.class)
                .list();
        if (!taken.isEmpty())
            throw new ImportException(file, "indicateurs déjà fournis par un autre jeu de données : " + taken);
        // their values first: series_value has no foreign key (migration V96)
        jdbc.sql("""
                        delete from observatory.series_value v using observatory.value_series s, observatory.indicator i
                        where s.id = v.series_id and i.id = s.indicator_id and i.dataset_id = ? and i.id <> all(?)""").params(d.id(), ids).update();
        jdbc.sql("delete from observatory.indicator where dataset_id = ? and id <> all(?)")
                .params(d.id(), ids)
                .update();
        for (DatasetMapping.IndicatorSpec spec : mapping.indicators())
            if (!Boolean.TRUE.equals(spec.external())) upsertIndicator(d, spec);
    }

    private static String[] ids(DatasetMapping mapping, boolean external) {
        return mapping.indicators().stream()
                .filter(s -> Boolean.TRUE.equals(s.external()) == external)
                .map(DatasetMapping.IndicatorSpec::id)
                .toArray(String[]::new);
    }

    private void upsertDataset(DatasetMapping.Info d, String file, String version, int rowCount) {
        jdbc.sql("""
                insert into observatory.dataset (id, title, producer, vintage, licence, file, source_url, version, row_count)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set title = excluded.title, producer = excluded.producer,
                  vintage = excluded.vintage, licence = excluded.licence, file = excluded.file,
                  source_url = excluded.source_url, version = excluded.version, row_count = excluded.row_count,
                  imported_at = now()
                """)
                .params(
                        d.id(),
                        d.title(),
                        d.producer(),
                        d.vintage(),
                        d.licence(),
                        file,
                        d.sourceUrl(),
                        version,
                        rowCount)
                .update();
    }

    private void upsertIndicator(DatasetMapping.Info d, DatasetMapping.IndicatorSpec s) {
        DatasetMapping.Aggregation a = s.aggregation();
        jdbc.sql("""
                insert into observatory.indicator (id, label, definition, unit, decimals, theme, actor_type, aggregation,
                  aggregation_weight, aggregation_components, ratio_factor, higher_is_better, context, dataset_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set label = excluded.label, definition = excluded.definition,
                  unit = excluded.unit, decimals = excluded.decimals, theme = excluded.theme,
                  actor_type = excluded.actor_type, aggregation = excluded.aggregation,
                  aggregation_weight = excluded.aggregation_weight,
                  aggregation_components = excluded.aggregation_components, ratio_factor = excluded.ratio_factor,
                  higher_is_better = excluded.higher_is_better, context = excluded.context
                """)
                .params(
                        s.id(),
                        s.label(),
                        s.definition() == null ? s.label() : s.definition(),
                        s.unit(),
                        s.decimals() == null ? 2 : s.decimals(),
                        d.theme(),
                        s.actorType() == null ? "territoires" : s.actorType(),
                        a == null ? "aucune" : a.rule(),
                        a == null ? null : a.weight(),
                        a == null || a.components() == null
                                ? new String[0]
                                : a.components().toArray(String[]::new),
                        a == null ? null : a.factor(),
                        s.higherIsBetter(),
                        s.context() == null || s.context(),
                        d.id())
                .update();
    }
}
