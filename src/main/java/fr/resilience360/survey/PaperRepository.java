package fr.resilience360.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SQL of paper answers: the numbering of printed sheets ({@code survey.survey.sheets_printed}) and the responses
 * of source {@code papier}, one per sheet code (the unique index {@code response_once_per_sheet} decides, concurrent
 * entries included).
 */
@Repository
class PaperRepository {

    static final String SOURCE_PAPER = "papier";

    private final JdbcClient jdbc;

    PaperRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reserves the next {@code count} sheet numbers of the survey; the first of them. */
    @Transactional
    int reserveSheets(long surveyId, int count) {
        int last = jdbc.sql("update survey.survey set sheets_printed = sheets_printed + ? where id = ?"
                        + " returning sheets_printed")
                .params(count, surveyId)
                .query(Integer.class)
                .single();
        return last - count + 1;
    }

    int sheetsPrinted(long surveyId) {
        return jdbc.sql("select sheets_printed from survey.survey where id = ?")
                .param(surveyId)
                .query(Integer.class)
                .single();
    }

    /** How many paper sheets of the survey are entered. */
    long entered(long surveyId) {
        return jdbc.sql("select count(*) from survey.response where survey_id = ? and source = 'papier'")
                .param(surveyId)
                .query(Long.class)
                .single();
    }

    /** The response entered for this sheet, if any. */
    Optional<Entry> entryOf(long surveyId, String sheetCode) {
        return jdbc.sql("select id, sheet_code, received_at, entered_by from survey.response"
                        + " where survey_id = ? and sheet_code = ?")
                .params(surveyId, sheetCode)
                .query(PaperRepository::entry)
                .optional();
    }

    /** Every entered sheet of the survey: its code and when it was entered. */
    Map<String, Instant> enteredSheets(long surveyId) {
        Map<String, Instant> sheets = new LinkedHashMap<>();
        jdbc.sql("select sheet_code, received_at from survey.response where survey_id = ? and sheet_code is not null")
                .param(surveyId)
                .query(rs -> {
                    sheets.put(
                            rs.getString(1),
                            rs.getObject(2, OffsetDateTime.class).toInstant());
                });
        return sheets;
    }

    /** Stores a paper response unless its idempotency key or its sheet is already stored; its id when created. */
    Optional<Long> insert(long surveyId, NewPaperResponse r) {
        return jdbc.sql("""
                        insert into survey.response (survey_id, idempotency_hash, questionnaire_version, source,
                            answers, sheet_code, entered_by)
                        values (?, ?, ?, 'papier', ?::jsonb, ?, ?)
                        on conflict do nothing returning id""")
                .params(surveyId, r.idempotencyHash(), r.version(), r.answersJson(), r.sheetCode(), r.enteredBy())
                .query(Long.class)
                .optional();
    }

    /** The paper response stored under this idempotency key, if any. */
    Optional<Entry> byIdempotency(long surveyId, byte[] idempotencyHash) {
        return jdbc.sql("select id, sheet_code, received_at, entered_by from survey.response"
                        + " where survey_id = ? and idempotency_hash = ?")
                .params(surveyId, idempotencyHash)
                .query(PaperRepository::entry)
                .optional();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(
                rs.getLong("id"),
                rs.getString("sheet_code"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                rs.getString("entered_by"));
    }

    record Entry(long id, String sheetCode, Instant receivedAt, String enteredBy) {}

    record NewPaperResponse(
            byte[] idempotencyHash, String version, String answersJson, String sheetCode, String enteredBy) {}
}
