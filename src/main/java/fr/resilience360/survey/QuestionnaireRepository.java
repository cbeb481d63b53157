package fr.resilience360.survey;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Tables {@code survey.questionnaire} (a territory's questionnaires and their drafts) and {@code questionnaire_version}. */
@Repository
class QuestionnaireRepository {

    /** A territory's questionnaire, its draft as JSON, and its latest version (0 when none). */
    record Stored(
            long id,
            String territoryId,
            String title,
            String basedOn,
            String draftJson,
            String createdBy,
            int latestVersion,
            Instant savedAt) {

        private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern(
                        "dd/MM/yyyy 'à' HH:mm")
                .withZone(java.time.ZoneId.of("Europe/Paris"));

        /** When the latest version was saved, in Paris time. */
        public String savedAtText() {
            return DATE.format(savedAt);
        }
    }

    private static final String SELECT = """
            select q.id, q.territory_id, q.title, q.based_on, q.draft::text as draft, q.created_by,
                coalesce(v.version, 0) as version, coalesce(v.saved_at, q.created_at) as saved_at
            from survey.questionnaire q
            left join lateral (select version, saved_at from survey.questionnaire_version
                               where questionnaire_id = q.id order by version desc limit 1) v on true
            """;

    private final JdbcClient jdbc;

    QuestionnaireRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String territoryId, String title, String basedOn, String draftJson, String by) {
        return jdbc.sql("""
                        insert into survey.questionnaire (territory_id, title, based_on, draft, created_by)
                        values (?, ?, ?, ?::jsonb, ?) returning id""")
                .params(territoryId, title, basedOn, draftJson, by)
                .query(Long.class)
                .single();
    }

    Optional<Stored> byId(long id) {
        return jdbc.sql(SELECT + " where q.id = ?")
                .param(id)
                .query((rs, n) -> stored(rs))
                .optional();
    }

    List<Stored> ofTerritory(String territoryId) {
        return jdbc.sql(SELECT + " where q.territory_id = ? order by q.id desc")
                .param(territoryId)
                .query((rs, n) -> stored(rs))
                .list();
    }

    /** Locks the questionnaire's row until the end of the transaction (nothing when there is none). */
    void lock(long id) {
        jdbc.sql("select id from survey.questionnaire where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional();
    }

    void saveDraft(long id, String title, String draftJson) {
        jdbc.sql("update survey.questionnaire set title = ?, draft = ?::jsonb, draft_saved_at = now() where id = ?")
                .params(title, draftJson, id)
                .update();
    }

    /**
     * Adds the next version (the questionnaire's row is locked meanwhile, so two saves get two numbers); its content
     * is made knowing its number. Returns the number.
     */
    @Transactional
    int addVersion(long id, IntFunction<String> content, String by) {
        jdbc.sql("select id from survey.questionnaire where id = ? for update")
                .param(id)
                .query(Long.class)
                .single();
        int next = jdbc.sql("select coalesce(max(version), 0) + 1 from survey.questionnaire_version"
                        + " where questionnaire_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        jdbc.sql("insert into survey.questionnaire_version (questionnaire_id, version, content, saved_by)"
                        + " values (?, ?, ?::jsonb, ?)")
                .params(id, next, content.apply(next), by)
                .update();
        return next;
    }

    Optional<String> version(long id, int version) {
        return jdbc.sql(
                        "select content::text from survey.questionnaire_version where questionnaire_id = ? and version = ?")
                .params(id, version)
                .query(String.class)
                .optional();
    }

    private static Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stored(
                rs.getLong("id"),
                rs.getString("territory_id"),
                rs.getString("title"),
                rs.getString("based_on"),
                rs.getString("draft"),
                rs.getString("created_by"),
                rs.getInt("version"),
                rs.getObject("saved_at", OffsetDateTime.class).toInstant());
    }
}
