package fr.resilience360.action.boussole;

import fr.resilience360.action.BoussoleLever;
import fr.resilience360.shared.Coded;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Tables {@code action.boussole_assessment} and {@code action.boussole_answer}: the territories' assessments. */
@Repository
class BoussoleRepository {

    private static final String COLUMNS =
            "id, territory_id, title, kind, description, created_by, created_at, updated_by, updated_at";

    private final JdbcClient jdbc;

    BoussoleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The assessment and its 18 answers, stored whole or not at all. */
    @Transactional
    long insert(String territoryId, AssessmentInput.Draft draft, String by) {
        Assessment.Subject s = draft.subject();
        long id = jdbc.sql("""
                        insert into action.boussole_assessment
                            (territory_id, title, kind, description, created_by, updated_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(territoryId, s.title(), s.kind().code(), s.description(), by, by)
                .query(Long.class)
                .single();
        insertAnswers(id, draft.grid());
        return id;
    }

    /** Replaces the subject and the 18 answers, and records who changed them and when; false when unknown. */
    @Transactional
    boolean update(long id, AssessmentInput.Draft draft, String by) {
        Assessment.Subject s = draft.subject();
        int changed = jdbc.sql("""
                        update action.boussole_assessment
                        set title = ?, kind = ?, description = ?, updated_by = ?, updated_at = now()
                        where id = ?""")
                .params(s.title(), s.kind().code(), s.description(), by, id)
                .update();
        if (changed == 0) return false;
        jdbc.sql("delete from action.boussole_answer where assessment_id = ?")
                .param(id)
                .update();
        insertAnswers(id, draft.grid());
        return true;
    }

    /** The answers go with it. */
    @Transactional
    boolean delete(long id) {
        return jdbc.sql("delete from action.boussole_assessment where id = ?")
                        .param(id)
                        .update()
                == 1;
    }

    /** A territory's assessments, the latest first. */
    List<Assessment> ofTerritory(String territoryId) {
        Map<Long, Map<BoussoleLever, Grid.Answer>> answers = new HashMap<>();
        jdbc.sql("""
                        select a.assessment_id, a.lever, a.answer, a.comment
                        from action.boussole_answer a join action.boussole_assessment e on e.id = a.assessment_id
                        where e.territory_id = ?""").param(territoryId).query(rs -> {
            put(answers.computeIfAbsent(rs.getLong("assessment_id"), k -> new EnumMap<>(BoussoleLever.class)), rs);
        });
        return jdbc.sql("select " + COLUMNS
                        + " from action.boussole_assessment where territory_id = ? order by id desc")
                .param(territoryId)
                .query((rs, row) -> assessment(rs, answers.get(rs.getLong("id"))))
                .list();
    }

    Optional<Assessment> find(long id) {
        Map<BoussoleLever, Grid.Answer> answers = new EnumMap<>(BoussoleLever.class);
        jdbc.sql("select lever, answer, comment from action.boussole_answer where assessment_id = ?")
                .param(id)
                .query(rs -> {
                    put(answers, rs);
                });
        return jdbc.sql("select " + COLUMNS + " from action.boussole_assessment where id = ?")
                .param(id)
                .query((rs, row) -> assessment(rs, answers))
                .optional();
    }

    private void insertAnswers(long id, Grid grid) {
        grid.answers()
                .forEach((lever, answer) -> jdbc.sql("""
                                insert into action.boussole_answer (assessment_id, lever, answer, comment)
                                values (?, ?, ?, ?)""")
                        .params(id, lever.code(), answer.value().code(), answer.comment())
                        .update());
    }

    private static void put(Map<BoussoleLever, Grid.Answer> answers, ResultSet rs) throws SQLException {
        answers.put(
                Coded.find(BoussoleLever.class, rs.getString("lever")).orElseThrow(),
                new Grid.Answer(
                        Coded.find(LeverAnswer.class, rs.getString("answer")).orElseThrow(), rs.getString("comment")));
    }

    private static Assessment assessment(ResultSet rs, Map<BoussoleLever, Grid.Answer> answers) throws SQLException {
        return new Assessment(
                rs.getLong("id"),
                rs.getString("territory_id"),
                new Assessment.Subject(
                        rs.getString("title"),
                        Coded.find(SubjectKind.class, rs.getString("kind")).orElseThrow(),
                        rs.getString("description")),
                new Grid(answers),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
