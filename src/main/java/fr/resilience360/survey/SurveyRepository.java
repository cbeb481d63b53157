package fr.resilience360.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Tables {@code survey.survey} and {@code survey.response}. */
@Repository
class SurveyRepository {

    private static final String COLUMNS = "id, territory_id, template, questionnaire::text as questionnaire, token,"
            + " respondent_salt, status, opens_at, closes_at, retain_until, allow_edit, created_by";

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    long insert(NewSurvey s) {
        return jdbc.sql("""
                        insert into survey.survey (territory_id, template, questionnaire, questionnaire_version,
                            token, respondent_salt, retain_until, created_by)
                        values (?, ?, ?::jsonb, ?, ?, ?, ?, ?) returning id""")
                .params(
                        s.territoryId(),
                        s.template(),
                        s.questionnaireJson(),
                        s.version(),
                        s.token(),
                        s.respondentSalt(),
                        s.retainUntil(),
                        s.createdBy())
                .query(Long.class)
                .single();
    }

    Optional<Survey> byToken(String token) {
        return jdbc.sql("select " + COLUMNS + " from survey.survey where token = ?")
                .param(token)
                .query(SurveyRepository::survey)
                .optional();
    }

    Optional<Survey> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from survey.survey where id = ?")
                .param(id)
                .query(SurveyRepository::survey)
                .optional();
    }

    Optional<Long> responseOf(long surveyId, byte[] idempotencyHash) {
        return jdbc.sql("select id from survey.response where survey_id = ? and idempotency_hash = ?")
                .params(surveyId, idempotencyHash)
                .query(Long.class)
                .optional();
    }

    /**
     * Stores a response unless one exists with the same idempotency key or respondent (the database's unique keys
     * decide, concurrent submissions included: the second waits for the first to commit, then inserts nothing).
     * Returns the response stored under this idempotency key and whether this call created it; empty when the
     * respondent had already answered under another key.
     */
    @Transactional
    Optional<Receipt> record(long surveyId, NewResponse r) {
        Optional<Long> created = jdbc.sql("""
                        insert into survey.response (survey_id, idempotency_hash, respondent_hash,
                            questionnaire_version, source, answers)
                        values (?, ?, ?, ?, ?, ?::jsonb)
                        on conflict do nothing returning id""")
                .params(surveyId, r.idempotencyHash(), r.respondentHash(), r.version(), r.source(), r.answersJson())
                .query(Long.class)
                .optional();
        if (created.isPresent()) return Optional.of(new Receipt(created.get(), true));
        return responseOf(surveyId, r.idempotencyHash()).map(id -> new Receipt(id, false));
    }

    /** Every stored answer document of a survey, as JSON. */
    List<String> answers(long surveyId) {
        return jdbc.sql("select answers::text from survey.response where survey_id = ? order by id")
                .param(surveyId)
                .query(String.class)
                .list();
    }

    private static Survey survey(ResultSet rs, int row) throws SQLException {
        OffsetDateTime closes = rs.getObject("closes_at", OffsetDateTime.class);
        return new Survey(
                rs.getLong("id"),
                rs.getString("territory_id"),
                rs.getString("template"),
                SurveyJson.questionnaire(rs.getString("questionnaire")),
                rs.getString("token"),
                rs.getBytes("respondent_salt"),
                rs.getString("status"),
                rs.getObject("opens_at", OffsetDateTime.class).toInstant(),
                closes == null ? null : closes.toInstant(),
                rs.getObject("retain_until", LocalDate.class),
                rs.getBoolean("allow_edit"),
                rs.getString("created_by"));
    }

    record NewSurvey(
            String territoryId,
            String template,
            String questionnaireJson,
            String version,
            String token,
            byte[] respondentSalt,
            LocalDate retainUntil,
            String createdBy) {}

    record NewResponse(
            byte[] idempotencyHash, byte[] respondentHash, String version, String source, String answersJson) {}
}
