package fr.resilience360.comparison;

import fr.resilience360.shared.DatasetLoads;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code comparison} schema's reference scores: replaced whole at each computation, read by key. */
@Repository
class ReferenceScoreRepository {

    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final DatasetLoads loads;

    ReferenceScoreRepository(JdbcClient jdbc, JdbcTemplate batches, DatasetLoads loads) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.loads = loads;
    }

    /** What a computation was made from: the arrays' order and the versions of its inputs. */
    record Computation(
            ReferenceScores.Provenance provenance,
            List<String> needIds,
            List<String> categoryLabels,
            List<String> objectiveLabels) {}

    /**
     * Replaces every stored score and group in one transaction (readers see the old or the new ones) and marks the
     * inputs' version as loaded with them.
     */
    @Transactional
    void replace(
            Computation computation,
            List<GroupDistributions.Distribution> groups,
            List<ScoredTerritory> scores,
            Map<String, GroupDistributions.Assignment> assignments) {
        jdbc.sql("delete from comparison.reference_score").update();
        jdbc.sql("delete from comparison.similar_group").update();
        jdbc.sql("delete from comparison.reference_computation").update();
        insertComputation(computation);
        batches.batchUpdate(
                "insert into comparison.similar_group values (?, ?, ?, ?, ?, ?, ?, ?)",
                groups.stream().map(ReferenceScoreRepository::groupRow).toList());
        batches.batchUpdate(
                "insert into comparison.reference_score values (?, ?, ?, ?, ?, ?, ?, ?)", scores, BATCH, (ps, s) -> {
                    var a = assignments.get(s.territoryId());
                    Object[] row = {
                        s.territoryId(),
                        s.type(),
                        s.needs(),
                        s.needNotes(),
                        s.categories(),
                        s.objectives(),
                        a.groupKey(),
                        a.step()
                    };
                    for (int i = 0; i < row.length; i++) ps.setObject(i + 1, row[i]);
                });
        loads.markLoaded(
                ReferenceScoreComputation.LOAD, computation.provenance().inputsVersion(), scores.size());
    }

    private void insertComputation(Computation c) {
        var p = c.provenance();
        jdbc.sql("""
                insert into comparison.reference_computation (referential_id, need_ids, category_labels,
                    objective_labels, inputs_version, observatory_version, division_version, typology_version,
                    computed_at, territory_count, millis)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        p.referentialId(),
                        c.needIds().toArray(String[]::new),
                        c.categoryLabels().toArray(String[]::new),
                        c.objectiveLabels().toArray(String[]::new),
                        p.inputsVersion(),
                        p.observatoryVersion(),
                        p.divisionVersion(),
                        p.typologyVersion(),
                        p.computedAt(),
                        p.territories(),
                        p.millis())
                .update();
    }

    private static Object[] groupRow(GroupDistributions.Distribution d) {
        int n = d.needs().length;
        Integer[] counts = new Integer[n];
        Double[] q1 = new Double[n], median = new Double[n], q3 = new Double[n];
        for (int i = 0; i < n; i++) {
            Quartiles q = d.needs()[i];
            counts[i] = q == null ? 0 : q.n();
            q1[i] = q == null ? null : q.q1();
            median[i] = q == null ? null : q.median();
            q3[i] = q == null ? null : q.q3();
        }
        return new Object[] {
            d.group().key(), d.group().label(), d.group().criteria(), d.members(), counts, q1, median, q3
        };
    }

    Optional<Computation> computation() {
        return jdbc.sql("select * from comparison.reference_computation")
                .query((rs, i) -> new Computation(
                        new ReferenceScores.Provenance(
                                rs.getString("referential_id"),
                                rs.getObject("computed_at", OffsetDateTime.class),
                                rs.getString("inputs_version"),
                                rs.getString("observatory_version"),
                                rs.getString("division_version"),
                                rs.getString("typology_version"),
                                rs.getInt("territory_count"),
                                rs.getLong("millis")),
                        List.of(strings(rs, "need_ids")),
                        List.of(strings(rs, "category_labels")),
                        List.of(strings(rs, "objective_labels"))))
                .optional();
    }

    /** A territory's stored scores and the key and step of its group. */
    record StoredScore(ScoredTerritory scores, String groupKey, int groupStep) {}

    Optional<StoredScore> score(String territoryId) {
        return jdbc.sql("select * from comparison.reference_score where territory_id = ?")
                .param(territoryId)
                .query((rs, i) -> new StoredScore(
                        new ScoredTerritory(
                                rs.getString("territory_id"),
                                rs.getString("territory_type"),
                                doubles(rs, "need_scores"),
                                (Integer[]) rs.getArray("need_notes").getArray(),
                                doubles(rs, "category_scores"),
                                doubles(rs, "objective_scores")),
                        rs.getString("group_key"),
                        rs.getInt("group_step")))
                .optional();
    }

    /** The stored need scores of every territory of a type (in the computation's need order), in one query. */
    Map<String, Double[]> allNeedScores(String territoryType) {
        Map<String, Double[]> out = new HashMap<>();
        jdbc.sql("select territory_id, need_scores from comparison.reference_score where territory_type = ?")
                .param(territoryType)
                .query(rs -> {
                    out.put(rs.getString("territory_id"), doubles(rs, "need_scores"));
                });
        return out;
    }

    /** A stored group: its description and, per need, the count and quartiles (null where no member has a score). */
    record StoredGroup(
            SimilarGroups.Group group, int members, Integer[] counts, Double[] q1, Double[] median, Double[] q3) {}

    Optional<StoredGroup> group(String key) {
        return jdbc.sql("select * from comparison.similar_group where group_key = ?")
                .param(key)
                .query((rs, i) -> new StoredGroup(
                        new SimilarGroups.Group(
                                rs.getString("group_key"), rs.getString("label"), rs.getString("criteria")),
                        rs.getInt("member_count"),
                        (Integer[]) rs.getArray("need_counts").getArray(),
                        doubles(rs, "need_q1"),
                        doubles(rs, "need_median"),
                        doubles(rs, "need_q3")))
                .optional();
    }

    private static Double[] doubles(ResultSet rs, String column) throws SQLException {
        return (Double[]) rs.getArray(column).getArray();
    }

    private static String[] strings(ResultSet rs, String column) throws SQLException {
        return (String[]) rs.getArray(column).getArray();
    }
}
