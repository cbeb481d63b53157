package fr.resilience360.survey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** A respondent's answer replaced in place (table {@code survey.response}): same row, same id, {@code updated_at} set. */
@Repository
class AnswerEditRepository {

    private final JdbcClient jdbc;

    AnswerEditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the answers of this respondent's response; whether there was one. Committed before returning. */
    @Transactional
    boolean replace(long surveyId, byte[] respondentHash, String answersJson) {
        return jdbc.sql("""
                        update survey.response set answers = ?::jsonb, updated_at = now()
                        where survey_id = ? and respondent_hash = ?""").params(answersJson, surveyId, respondentHash).update() > 0;
    }
}
