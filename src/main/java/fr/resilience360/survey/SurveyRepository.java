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

    /** A territory's surveys of a template still marked open, the latest first. */
    /** Changes whenever a survey is opened, closed or its dates change, for any territory and template. */
    String openingsState() {
        return jdbc.sql("""
                        select count(*) || ':' || coalesce(md5(string_agg(
                            id || status || opens_at || coalesce(closes_at::text, ''), ',' order by id)), '')
                        from survey.survey""").query(String.class).single();
    }

    List<Survey> openOf(String territoryId, String template) {
        return jdbc.sql("select " + COLUMNS + " from survey.survey where territory_id = ? and template = ?"
                        + " and status = 'ouverte' order by id desc")
                .param(territoryId)
                .param(template)
                .query(SurveyRepository::survey)
                .list();
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
        if (created.isPresent() && r.respondentHash() != null)
            jdbc.sql("delete from survey.answer_draft where survey_id = ? and respondent_hash = ?")
                    .params(surveyId, r.respondentHash())
                    .update();
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

    /** Saves a respondent's draft (the form's fields as JSON), replacing the previous one. */
    void saveDraft(long surveyId, byte[] respondentHash, String fieldsJson) {
        jdbc.sql("""
                        insert into survey.answer_draft (survey_id, respondent_hash, fields) values (?, ?, ?::jsonb)
                        on conflict (survey_id, respondent_hash)
                        do update set fields = excluded.fields, updated_at = now()""").params(surveyId, respondentHash, fieldsJson).update();
    }

    Optional<String> draft(long surveyId, byte[] respondentHash) {
        return jdbc.sql("select fields::text from survey.answer_draft where survey_id = ? and respondent_hash = ?")
                .params(surveyId, respondentHash)
                .query(String.class)
                .optional();
    }

    /** The response of this respondent, if any: its id and its answers as JSON. */
    Optional<StoredResponse> responseOfRespondent(long surveyId, byte[] respondentHash) {
        return jdbc.sql("""
                        select id, answers::text, received_at from survey.response
                        where survey_id = ? and respondent_hash = ?""")
                .params(surveyId, respondentHash)
                .query((rs, row) -> new StoredResponse(
                        rs.getLong("id"),
                        rs.getString(2),
                        rs.getObject("received_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Deletes this respondent's response (and draft); whether there was one. */
    @Transactional
    boolean deleteResponseOf(long surveyId, byte[] respondentHash) {
        jdbc.sql("delete from survey.answer_draft where survey_id = ? and respondent_hash = ?")
                .params(surveyId, respondentHash)
                .update();
        return jdbc.sql("delete from survey.response where survey_id = ? and respondent_hash = ?")
                        .params(surveyId, respondentHash)
                        .update()
                > 0;
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

    record StoredResponse(long id, String answersJson, java.time.Instant receivedAt) {}

    record NewResponse(
            byte[] idempotencyHash, byte[] respondentHash, String version, String source, String answersJson) {}
}
