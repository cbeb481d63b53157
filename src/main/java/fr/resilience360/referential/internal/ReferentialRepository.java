package fr.resilience360.referential.internal;

import fr.resilience360.referential.Anchors;
import fr.resilience360.referential.IndicatorRow;
import fr.resilience360.referential.Need;
import fr.resilience360.referential.Referential;
import fr.resilience360.referential.Referentials;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies the referential files into schema {@code referential} at start, idempotently (upserts keyed by referential
 * id and sheet row), so that SQL queries and other modules see the same grid as the scoring engine.
 */
@Repository
class ReferentialRepository {

    private final Referentials referentials;
    private final ObjectProvider<JdbcClient> jdbc;

    ReferentialRepository(Referentials referentials, ObjectProvider<JdbcClient> jdbc) {
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
                        referential.rows().stream()
                                .map(row -> row.placement().sheetRow())
                                .toArray(Integer[]::new))
                .update();
        referential.rows().forEach(row -> storeRow(client, referential.id(), row));
    }

    private static void storeRow(JdbcClient client, String referentialId, IndicatorRow row) {
        IndicatorRow.Placement placement = row.placement();
        IndicatorRow.Definition definition = row.definition();
        IndicatorRow.Scoring scoring = row.scoring();
        IndicatorRow.Documentation documentation = row.documentation();
        List<String> labels = scoring.labels();
        Anchors anchors = scoring.anchors();
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
                        placement.sheetRow(),
                        placement.id(),
                        placement.need(),
                        definition.designation(),
                        name(placement.objective()),
                        name(placement.kind()),
                        definition.unit(),
                        definition.primarySource(),
                        definition.secondarySource(),
                        scoring.valueType().name(),
                        scoring.scale().name(),
                        labels.size() > 0 ? labels.get(0) : null,
                        labels.size() > 1 ? labels.get(1) : null,
                        labels.size() > 2 ? labels.get(2) : null,
                        anchors == null ? null : anchors.zero(),
                        anchors == null ? null : anchors.half(),
                        anchors == null ? null : anchors.one(),
                        name(scoring.bornage()),
                        scoring.curveK(),
                        documentation.page(),
                        documentation.description(),
                        documentation.justification(),
                        documentation.thresholdsText(),
                        definition.access())
                .update();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
