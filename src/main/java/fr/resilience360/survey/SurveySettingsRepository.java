package fr.resilience360.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** A territory's surveys as its team lists them, and their settings (table {@code survey.survey}). */
@Repository
class SurveySettingsRepository {

    private final JdbcClient jdbc;

    SurveySettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A survey of the territory with its settings and number of answers. */
    record Listed(
            long id,
            String template,
            String title,
            String version,
            String token,
            String status,
            SurveySettings settings,
            Instant retainedAt,
            long answers) {}

    /** The territory's surveys, the latest opened first. */
    List<Listed> ofTerritory(String territoryId) {
        return jdbc.sql("""
                        select s.id, s.template, s.questionnaire ->> 'titre' as title, s.questionnaire_version,
                            s.token, s.status, s.opens_at, s.closes_at, s.allow_edit, s.retain_until,
                            s.retention_action, s.retained_at,
                            (select count(*) from survey.response r where r.survey_id = s.id) as answers
                        from survey.survey s where s.territory_id = ? order by s.created_at desc, s.id desc""")
                .param(territoryId)
                .query(SurveySettingsRepository::listed)
                .list();
    }

    /** The current settings of a survey, if it exists. */
    java.util.Optional<SurveySettings> settings(long surveyId) {
        return jdbc.sql("""
                        select opens_at, closes_at, allow_edit, retain_until, retention_action
                        from survey.survey where id = ?""").param(surveyId).query((rs, row) -> settings(rs)).optional();
    }

    @Transactional
    void update(long surveyId, SurveySettings s) {
        jdbc.sql("""
                        update survey.survey set opens_at = ?, closes_at = ?, allow_edit = ?, retain_until = ?,
                            retention_action = ?
                        where id = ?""")
                .params(
                        Timestamp.from(s.opensAt()),
                        s.closesAt() == null ? null : Timestamp.from(s.closesAt()),
                        s.allowEdit(),
                        s.retainUntil(),
                        s.retentionAction(),
                        surveyId)
                .update();
    }

    /** Takes no more answers from now on, whatever its dates. */
    void close(long surveyId) {
        jdbc.sql("update survey.survey set status = 'fermee' where id = ?")
                .param(surveyId)
                .update();
    }

    /**
     * Takes answers again; a closing already past is removed (the survey then has none). Never once the retention job
     * has dealt with its answers: false then, and nothing changes.
     */
    boolean reopen(long surveyId, Instant now) {
        return jdbc.sql("""
                        update survey.survey set status = 'ouverte',
                            closes_at = case when closes_at <= ? then null else closes_at end
                        where id = ? and retained_at is null""").params(Timestamp.from(now), surveyId).update() == 1;
    }

    private static Listed listed(ResultSet rs, int row) throws SQLException {
        OffsetDateTime retained = rs.getObject("retained_at", OffsetDateTime.class);
        return new Listed(
                rs.getLong("id"),
                rs.getString("template"),
                rs.getString("title"),
                rs.getString("questionnaire_version"),
                rs.getString("token"),
                rs.getString("status"),
                settings(rs),
                retained == null ? null : retained.toInstant(),
                rs.getLong("answers"));
    }

    private static SurveySettings settings(ResultSet rs) throws SQLException {
        OffsetDateTime closes = rs.getObject("closes_at", OffsetDateTime.class);
        return new SurveySettings(
                rs.getObject("opens_at", OffsetDateTime.class).toInstant(),
                closes == null ? null : closes.toInstant(),
                rs.getBoolean("allow_edit"),
                rs.getObject("retain_until", LocalDate.class),
                rs.getString("retention_action"));
    }
}
