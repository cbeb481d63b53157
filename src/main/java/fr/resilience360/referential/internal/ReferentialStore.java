package fr.resilience360.referential.internal;

import fr.resilience360.referential.IndicatorRow;
import fr.resilience360.referential.Need;
import fr.resilience360.referential.Referential;
import fr.resilience360.referential.Referentials;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies the referential files into schema {@code referential} at start, idempotently (upserts keyed by referential
 * id and sheet row), so that SQL queries and other modules see the same grid as the scoring engine.
 */
@Component
class ReferentialStore {

    private final Referentials referentials;
    private final ObjectProvider<JdbcClient> jdbc;

    ReferentialStore(Referentials referentials, ObjectProvider<JdbcClient> jdbc) {
        this.referentials = referentials;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    public void storeAll() {
        JdbcClient client = jdbc.getIfAvailable();
        if (client != null) {
            referentials.all().forEach(r -> store(client, r));
        }
    }

    static void store(JdbcClient client, Referential referential) {
        client.sql("""
                INSERT INTO referential.referential (id, name, version, attribution, licence, source, loaded_at)
                VALUES (?, ?, ?, ?, ?, ?, now())
                ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, version = EXCLUDED.version,
                  attribution = EXCLUDED.attribution, licence = EXCLUDED.licence, source = EXCLUDED.source,
                  loaded_at = EXCLUDED.loaded_at
                """)
                .params(
                        referential.id(),
                        referential.name(),
                        referential.version(),
                        referential.attribution(),
                        referential.licence(),
                        referential.source())
                .update();
        List<Need> needs = referential.needs();
        for (int i = 0; i < needs.size(); i++) {
            Need need = needs.get(i);
            client.sql("""
                    INSERT INTO referential.need (referential_id, id, position, name, category, description)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (referential_id, id) DO UPDATE SET position = EXCLUDED.position,
                      name = EXCLUDED.name, category = EXCLUDED.category, description = EXCLUDED.description
                    """)
                    .params(
                            referential.id(),
                            need.id(),
                            i + 1,
                            need.name(),
                            need.category().name(),
                            need.description())
                    .update();
        }
        client.sql("DELETE FROM referential.indicator_row WHERE referential_id = ? AND sheet_row <> ALL (?)")
                .params(
                        referential.id(),
                        referential.rows().stream().map(IndicatorRow::row).toArray(Integer[]::new))
                .update();
        referential.rows().forEach(row -> storeRow(client, referential.id(), row));
    }

    private static void storeRow(JdbcClient client, String referentialId, IndicatorRow row) {
        List<String> labels = row.labels();
        client.sql("""
                INSERT INTO referential.indicator_row (referential_id, sheet_row, id, need_id, designation, objective,
                  kind, unit, primary_source, secondary_source, value_type, scale, label_zero, label_half, label_one,
                  anchor_zero, anchor_half, anchor_one, bornage, curve_k, documentation_page, description,
                  justification, thresholds_text, access)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (referential_id, sheet_row) DO UPDATE SET id = EXCLUDED.id, need_id = EXCLUDED.need_id,
                  designation = EXCLUDED.designation, objective = EXCLUDED.objective, kind = EXCLUDED.kind,
                  unit = EXCLUDED.unit, primary_source = EXCLUDED.primary_source,
                  secondary_source = EXCLUDED.secondary_source, value_type = EXCLUDED.value_type,
                  scale = EXCLUDED.scale, label_zero = EXCLUDED.label_zero, label_half = EXCLUDED.label_half,
                  label_one = EXCLUDED.label_one, anchor_zero = EXCLUDED.anchor_zero,
                  anchor_half = EXCLUDED.anchor_half, anchor_one = EXCLUDED.anchor_one, bornage = EXCLUDED.bornage,
                  curve_k = EXCLUDED.curve_k, documentation_page = EXCLUDED.documentation_page,
                  description = EXCLUDED.description, justification = EXCLUDED.justification,
                  thresholds_text = EXCLUDED.thresholds_text, access = EXCLUDED.access
                """)
                .params(
                        referentialId,
                        row.row(),
                        row.id(),
                        row.need(),
                        row.designation(),
                        name(row.objective()),
                        name(row.kind()),
                        row.unit(),
                        row.primarySource(),
                        row.secondarySource(),
                        row.valueType().name(),
                        row.scale().name(),
                        labels.size() > 0 ? labels.get(0) : null,
                        labels.size() > 1 ? labels.get(1) : null,
                        labels.size() > 2 ? labels.get(2) : null,
                        row.anchors() == null ? null : row.anchors().zero(),
                        row.anchors() == null ? null : row.anchors().half(),
                        row.anchors() == null ? null : row.anchors().one(),
                        name(row.bornage()),
                        row.curveK(),
                        row.documentationPage(),
                        row.description(),
                        row.justification(),
                        row.thresholdsText(),
                        row.access())
                .update();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
