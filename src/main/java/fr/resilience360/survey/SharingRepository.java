package fr.resilience360.survey;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The observatory opt-in of surveys (column {@code survey.survey.shared_with_observatory}, migration V83). */
@Repository
class SharingRepository {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JdbcClient jdbc;

    SharingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void setShared(long surveyId, boolean shared) {
        jdbc.sql("update survey.survey set shared_with_observatory = ? where id = ?")
                .params(shared, surveyId)
                .update();
    }

    boolean isShared(long surveyId) {
        return jdbc.sql("select shared_with_observatory from survey.survey where id = ?")
                .param(surveyId)
                .query(Boolean.class)
                .single();
    }

    long responseCount(long surveyId) {
        return jdbc.sql("select count(*) from survey.response where survey_id = ?")
                .param(surveyId)
                .query(Long.class)
                .single();
    }

    /** The shared surveys of a territory with this template: id and the year they were opened (Paris time). */
    List<SharedSurvey> shared(String territoryId, String template) {
        return jdbc.sql("""
                        select id, opens_at from survey.survey
                        where territory_id = ? and template = ? and shared_with_observatory order by id""")
                .params(territoryId, template)
                .query((rs, n) -> new SharedSurvey(
                        rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class)
                                .atZoneSameInstant(PARIS)
                                .getYear()))
                .list();
    }

    /**
     * Per territory and template with a shared survey, a state that changes whenever the answers of its shared surveys
     * change (received, changed or deleted).
     */
    List<SharedState> states() {
        return jdbc.sql("""
                        select s.territory_id, s.template, count(r.id) || ':' || coalesce(max(r.id), 0) || ':'
                               || coalesce(max(coalesce(r.updated_at, r.received_at))::text, '') || ':'
                               || string_agg(distinct s.id::text, ',')
                        from survey.survey s left join survey.response r on r.survey_id = s.id
                        where s.shared_with_observatory group by s.territory_id, s.template""")
                .query((rs, n) -> new SharedState(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    record SharedSurvey(long id, int year) {}

    record SharedState(String territoryId, String template, String state) {}
}
