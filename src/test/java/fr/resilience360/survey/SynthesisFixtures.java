package fr.resilience360.survey;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Responses written straight into schema {@code survey} for the synthesis and export tests: web answers, and paper
 * answers with their sheet code and volunteer (the paper entry screen being built elsewhere), at a chosen instant.
 */
final class SynthesisFixtures {

    private SynthesisFixtures() {}

    /** A web answer received at {@code at}; its id. */
    static long web(JdbcClient jdbc, long surveyId, Instant at, String answersJson) {
        return insert(jdbc, surveyId, at, "web", null, null, answersJson);
    }

    /** A paper answer of sheet {@code sheet} typed in by {@code volunteer}, received at {@code at}; its id. */
    static long paper(JdbcClient jdbc, long surveyId, Instant at, String sheet, String volunteer, String answersJson) {
        return insert(jdbc, surveyId, at, "papier", sheet, volunteer, answersJson);
    }

    private static long insert(
            JdbcClient jdbc, long surveyId, Instant at, String source, String sheet, String by, String answers) {
        return jdbc.sql("""
                        insert into survey.response (survey_id, idempotency_hash, questionnaire_version, source, answers,
                            received_at, sheet_code, entered_by)
                        values (?, ?, '1', ?, ?::jsonb, ?, ?, ?) returning id""")
                .params(
                        surveyId,
                        UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        source,
                        answers,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                        sheet,
                        by)
                .query(Long.class)
                .single();
    }
}
