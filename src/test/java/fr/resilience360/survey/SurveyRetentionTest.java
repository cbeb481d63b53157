package fr.resilience360.survey;

import static fr.resilience360.survey.SurveyFixtures.LORIENT_AGGLO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Role;
import fr.resilience360.shared.ConflictException;
import fr.resilience360.territory.Territories;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Issue 11, item 5: « a retention date per survey after which answers are anonymised or deleted by a scheduled job
 * (logged) ». Surveys whose retention day has passed (set here in SQL) are dealt with once, as their team chose; the
 * others are left alone.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SurveyRetentionTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Surveys surveys;

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionJob job;

    @Autowired
    SurveyAdmin admin;

    @Autowired
    Accounts accounts;

    @Autowired
    List<ScheduledTaskHolder> scheduled;

    @Test
    void anonymisingKeepsTheClosedAnswersAndRemovesFreeTextsKeysAndTimes(CapturedOutput log) {
        CreatedSurvey survey = open("anonymiser");
        String key = UUID.randomUUID().toString();
        answer(survey, key);
        draft(survey);
        keptUntil(survey, today().minusDays(1));
        assertThat(column(survey, sameKey(key))).isEqualTo("true");

        assertThat(job.run()).contains(new RetentionJob.Retained(survey.id(), LORIENT_AGGLO, "anonymiser", 1));

        Map<String, Object> answers = SurveyJson.answers(column(survey, "answers::text"));
        assertThat(answers)
                .containsEntry("besoin_eau", 3)
                .containsEntry("anciennete", "plus_10_ans")
                .containsEntry("evenement_vecu", "oui")
                .containsEntry("preparation_foyer", List.of("reserve_eau", "autre"))
                .containsEntry("besoins_fragiles", List.of("bi2", "bv1"))
                .doesNotContainKeys("evenement_recit", "preparation_foyer.autre", "ressources_locales", "idee_projet");
        assertThat(column(survey, "respondent_hash::text")).isNull();
        assertThat(column(survey, sameKey(key))).isEqualTo("false");
        OffsetDateTime received = jdbc.sql("select received_at from survey.response where survey_id = ?")
                .param(survey.id())
                .query(OffsetDateTime.class)
                .single();
        assertThat(received.atZoneSameInstant(PARIS).toLocalTime()).isEqualTo(java.time.LocalTime.MIDNIGHT);
        assertThat(drafts(survey)).isZero();
        assertThat(surveyColumn(survey, "status")).isEqualTo("fermee");
        assertThat(surveyColumn(survey, "retained_at")).isNotNull();
        assertThat(log.getOut())
                .contains("Conservation des enquêtes : enquête n° " + survey.id() + " du territoire " + LORIENT_AGGLO
                        + ", date de conservation passée : 1 réponse(s) anonymisée(s)");
    }

    @Test
    void anonymisedAnswersStillCountInTheSynthesisWithoutTheirTexts() {
        CreatedSurvey survey = open("anonymiser");
        answer(survey, UUID.randomUUID().toString());
        keptUntil(survey, today().minusDays(1));

        job.run();

        var json = assertThat(mvc.get()
                        .uri("/api/v1/enquetes/" + survey.id() + "/synthese")
                        .with(SurveyFixtures.as(SurveyFixtures.member(accounts, Role.LECTEUR, LORIENT_AGGLO))))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.total").isEqualTo(1);
        json.extractingPath("$.questions[?(@.code == 'preparation_foyer')].choix.autre")
                .asArray()
                .containsExactly(1);
        json.extractingPath("$.questions[?(@.code == 'preparation_foyer')].textes_autre")
                .asArray()
                .containsExactly(0);
        json.extractingPath("$.questions[?(@.code == 'idee_projet')].reponses")
                .asArray()
                .containsExactly(0);
    }

    @Test
    void deletingRemovesTheAnswersAndDraftsOfTheSurvey(CapturedOutput log) {
        CreatedSurvey survey = open("supprimer");
        answer(survey, UUID.randomUUID().toString());
        answer(survey, UUID.randomUUID().toString());
        draft(survey);
        keptUntil(survey, today().minusDays(3));

        assertThat(job.run()).contains(new RetentionJob.Retained(survey.id(), LORIENT_AGGLO, "supprimer", 2));

        assertThat(jdbc.sql("select count(*) from survey.response where survey_id = ?")
                        .param(survey.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(drafts(survey)).isZero();
        assertThat(surveyColumn(survey, "retained_at")).isNotNull();
        assertThat(log.getOut())
                .contains("enquête n° " + survey.id() + " du territoire " + LORIENT_AGGLO
                        + ", date de conservation passée : 2 réponse(s) supprimée(s)");
    }

    @Test
    void surveysKeptUntilTodayOrLaterAreLeftAlone() {
        CreatedSurvey today = open("supprimer");
        CreatedSurvey later = open("supprimer");
        answer(today, UUID.randomUUID().toString());
        answer(later, UUID.randomUUID().toString());
        keptUntil(today, today());

        List<Long> done =
                job.run().stream().map(RetentionJob.Retained::surveyId).toList();

        assertThat(done).doesNotContain(today.id(), later.id());
        assertThat(surveyColumn(today, "retained_at")).isNull();
        assertThat(column(today, "count(*)::text")).isEqualTo("1");
        assertThat(column(later, "count(*)::text")).isEqualTo("1");
    }

    @Test
    void aSurveyIsDealtWithOnce() {
        CreatedSurvey survey = open("anonymiser");
        answer(survey, UUID.randomUUID().toString());
        keptUntil(survey, today().minusDays(1));
        job.run();

        assertThat(job.run()).extracting(RetentionJob.Retained::surveyId).doesNotContain(survey.id());
    }

    @Test
    void aSurveyWhoseAnswersWereDealtWithCannotBeReopened() {
        CreatedSurvey survey = open("anonymiser");
        keptUntil(survey, today().minusDays(1));
        job.run();

        assertThatThrownBy(() -> admin.reopen(surveys.byId(survey.id())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("ne peut pas être rouverte");
        assertThat(jdbc.sql("select status from survey.survey where id = ?")
                        .param(survey.id())
                        .query(String.class)
                        .single())
                .isEqualTo("fermee");
        // By the API, nothing of the same request is written either.
        assertThatThrownBy(() -> admin.change(
                        surveys.byId(survey.id()),
                        Map.of(
                                SettingsForm.ALLOW_EDIT,
                                "true",
                                SettingsForm.RETAIN_UNTIL,
                                today().plusYears(1).toString()),
                        "ouverte"))
                .isInstanceOf(ConflictException.class);
        assertThat(jdbc.sql("select allow_edit from survey.survey where id = ?")
                        .param(survey.id())
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void runsDailyAtTheConfiguredTimeInTheServer() {
        assertThat(scheduled.stream().flatMap(h -> h.getScheduledTasks().stream()))
                .anySatisfy(task -> {
                    assertThat(task.getTask()).isInstanceOf(CronTask.class);
                    assertThat(((CronTask) task.getTask()).getExpression()).isEqualTo("0 30 3 * * *");
                    assertThat(task.getTask().getRunnable().toString()).contains("RetentionJob.daily");
                });
    }

    /** An inhabitants' answer with every kind of question, free texts included, as the API takes it. */
    static Map<String, Object> complete() {
        Map<String, Object> answers = new LinkedHashMap<>();
        SurveyFixtures.template("habitants").questions().values().stream()
                .filter(q -> q.type() == QuestionType.ECHELLE)
                .forEach(q -> answers.put(q.code(), 3));
        answers.put("anciennete", "plus_10_ans");
        answers.put("besoins_fragiles", List.of("bi2", "bv1"));
        answers.put("evenement_vecu", "oui");
        answers.put("evenement_recit", "La tempête de 2023, rue des Lilas");
        answers.put("preparation_foyer", List.of("reserve_eau", "autre"));
        answers.put("preparation_foyer.autre", "Le poêle de Mme Martin");
        answers.put("ressources_locales", "L'association du quartier");
        answers.put("idee_projet", "Un jardin partagé");
        return answers;
    }

    private CreatedSurvey open(String action) {
        CreatedSurvey survey = surveys.create(territories.require(LORIENT_AGGLO), "habitants", "essai");
        jdbc.sql("update survey.survey set retention_action = ? where id = ?")
                .params(action, survey.id())
                .update();
        return survey;
    }

    private void answer(CreatedSurvey survey, String idempotencyKey) {
        assertThat(mvc.post()
                        .uri("/api/v1/enquetes/" + survey.token() + "/reponses")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Idempotency-Key", idempotencyKey)
                        .header("X-Respondent-Key", UUID.randomUUID().toString())
                        .content("{\"reponses\":" + SurveyJson.write(complete()) + "}"))
                .hasStatus(201);
    }

    private void draft(CreatedSurvey survey) {
        jdbc.sql("insert into survey.answer_draft (survey_id, respondent_hash, fields) values (?, ?, ?::jsonb)")
                .params(survey.id(), SurveySecrets.randomBytes(32), "{\"idee_projet\":[\"Un brouillon\"]}")
                .update();
    }

    private void keptUntil(CreatedSurvey survey, LocalDate day) {
        jdbc.sql("update survey.survey set retain_until = ? where id = ?")
                .params(day, survey.id())
                .update();
    }

    /** Whether the stored idempotency hash is still that of this key. */
    private static String sameKey(String key) {
        return "(idempotency_hash = sha256(convert_to('" + key + "', 'UTF8')))::text";
    }

    private static LocalDate today() {
        return ZonedDateTime.now(PARIS).toLocalDate();
    }

    private String column(CreatedSurvey survey, String expression) {
        return jdbc.sql("select " + expression + " from survey.response where survey_id = ?")
                .param(survey.id())
                .query(String.class)
                .list()
                .get(0);
    }

    private String surveyColumn(CreatedSurvey survey, String column) {
        return jdbc.sql("select " + column + "::text from survey.survey where id = ?")
                .param(survey.id())
                .query(String.class)
                .list()
                .get(0);
    }

    private long drafts(CreatedSurvey survey) {
        return jdbc.sql("select count(*) from survey.answer_draft where survey_id = ?")
                .param(survey.id())
                .query(Long.class)
                .single();
    }
}
