package fr.resilience360.survey;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a survey's responses for its synthesis and exports (table {@code survey.response}). */
@Repository
class StoredAnswerRepository {

    private final JdbcClient jdbc;

    StoredAnswerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every response of the survey, oldest first (a survey holds tens of thousands at most). */
    List<StoredAnswer> of(long surveyId) {
        return jdbc.sql("""
                        select id, received_at, source, sheet_code, entered_by, answers::text as answers
                        from survey.response where survey_id = ? order by id""")
                .param(surveyId)
                .query((rs, row) -> new StoredAnswer(
                        rs.getLong("id"),
                        rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                        rs.getString("source"),
                        rs.getString("sheet_code"),
                        rs.getString("entered_by"),
                        SurveyJson.answers(rs.getString("answers"))))
                .list();
    }
}
