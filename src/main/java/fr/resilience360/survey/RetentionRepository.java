package fr.resilience360.survey;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention job's SQL (schema {@code survey}): the surveys whose answers are kept no longer, and what is done to
 * them, one transaction per survey. Either way the survey's drafts go, the survey is closed and {@code retained_at}
 * set, so that it is done once.
 */
@Repository
class RetentionRepository {

    private final JdbcClient jdbc;

    RetentionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A survey whose retention day has passed, not yet dealt with. */
    record Due(long id, String territoryId, String action, Questionnaire questionnaire) {}

    /** The surveys kept until a day before {@code today}, not yet dealt with. */
    List<Due> due(LocalDate today) {
        return jdbc.sql("""
                        select id, territory_id, retention_action, questionnaire::text from survey.survey
                        where retain_until < ? and retained_at is null order by id""")
                .param(today)
                .query((rs, row) -> new Due(
                        rs.getLong("id"),
                        rs.getString("territory_id"),
                        rs.getString("retention_action"),
                        SurveyJson.questionnaire(rs.getString("questionnaire"))))
                .list();
    }

    /** Deletes the survey's answers and drafts; the number of answers deleted. */
    @Transactional
    int delete(long surveyId) {
        deleteDrafts(surveyId);
        int answers = jdbc.sql("delete from survey.response where survey_id = ?")
                .param(surveyId)
                .update();
        done(surveyId);
        return answers;
    }

    /**
     * Anonymises the survey's answers: the free-text keys given are removed from each answer document, the
     * respondent's hash, the idempotency key's hash (replaced by a hash of the row's id) and the volunteer who typed a
     * paper sheet are dropped, and the times are cut to the day (Paris time); drafts are deleted. The number of answers.
     */
    @Transactional
    int anonymise(long surveyId, List<String> freeTextKeys) {
        deleteDrafts(surveyId);
        int answers =
                jdbc.sql("""
                        update survey.response set
                            answers = answers - array(select jsonb_array_elements_text(?::jsonb)),
                            respondent_hash = null,
                            idempotency_hash = sha256(convert_to('anonymisee:' || id::text, 'UTF8')),
                            entered_by = null,
                            received_at = date_trunc('day', received_at, 'Europe/Paris'),
                            updated_at = date_trunc('day', updated_at, 'Europe/Paris')
                        where survey_id = ?""").params(SurveyJson.write(freeTextKeys), surveyId).update();
        done(surveyId);
        return answers;
    }

    private void deleteDrafts(long surveyId) {
        jdbc.sql("delete from survey.answer_draft where survey_id = ?")
                .param(surveyId)
                .update();
    }

    private void done(long surveyId) {
        jdbc.sql("update survey.survey set retained_at = now(), status = 'fermee' where id = ?")
                .param(surveyId)
                .update();
    }
}
