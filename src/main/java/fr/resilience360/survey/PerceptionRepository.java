package fr.resilience360.survey;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what the perception index needs from tables {@code survey.survey} and {@code survey.response}: the
 * inhabitants' surveys of a territory, the count and sum of the numeric answers to some questions, and states that
 * change whenever those answers change (an answer received, changed or deleted).
 */
@Repository
class PerceptionRepository {

    static final String TEMPLATE = "habitants";

    private static final String STATE = """
            select count(r.id) || ':' || coalesce(max(r.id), 0) || ':'
                   || coalesce(max(coalesce(r.updated_at, r.received_at))::text, '')
            from survey.survey s join survey.response r on r.survey_id = s.id
            where s.template = 'habitants'""";

    private final JdbcClient jdbc;

    PerceptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Changes whenever an answer to any inhabitants' survey is received, changed or deleted. */
    String state() {
        return jdbc.sql(STATE).query(String.class).single();
    }

    /** Changes whenever an answer to an inhabitants' survey of this territory is received, changed or deleted. */
    String state(String territoryId) {
        return jdbc.sql(STATE + " and s.territory_id = ?")
                .param(territoryId)
                .query(String.class)
                .single();
    }

    /** The inhabitants' surveys of a territory, open or closed: id and questionnaire snapshot (JSON). */
    List<SurveySnapshot> surveys(String territoryId) {
        return jdbc.sql("""
                        select id, questionnaire::text from survey.survey
                        where territory_id = ? and template = 'habitants' order by id""")
                .param(territoryId)
                .query((rs, n) -> new SurveySnapshot(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** Per survey and question among these codes, the number and the sum of the notes received (numbers of 1 to 5). */
    List<AnswerSum> sums(List<Long> surveyIds, List<String> codes) {
        return jdbc.sql("""
                        select r.survey_id, a.key, count(*), sum((a.value #>> '{}')::numeric)
                        from survey.response r, jsonb_each(r.answers) a
                        where r.survey_id = any(?) and a.key = any(?) and jsonb_typeof(a.value) = 'number'
                          and (a.value #>> '{}')::numeric between 1 and 5
                        group by r.survey_id, a.key""")
                .params(surveyIds.toArray(Long[]::new), codes.toArray(String[]::new))
                .query((rs, n) -> new AnswerSum(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getDouble(4)))
                .list();
    }

    /** The number of responses to these surveys. */
    long responses(List<Long> surveyIds) {
        return jdbc.sql("select count(*) from survey.response where survey_id = any(?)")
                .param(surveyIds.toArray(Long[]::new))
                .query(Long.class)
                .single();
    }

    record SurveySnapshot(long id, String questionnaireJson) {}

    record AnswerSum(long surveyId, String code, long count, double sum) {}
}
