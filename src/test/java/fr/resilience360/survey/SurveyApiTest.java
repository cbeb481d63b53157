package fr.resilience360.survey;

import static fr.resilience360.survey.SurveyFixtures.LORIENT_AGGLO;
import static fr.resilience360.survey.SurveyFixtures.as;
import static fr.resilience360.survey.SurveyFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Role;
import fr.resilience360.territory.Territories;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** Issue 11, item 6: opening a survey, its questionnaire, answering once, and the 4xx of each fault. */
@IntegrationTest
class SurveyApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Surveys surveys;

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorOpensASurveyAndGetsItsUnguessableLink() throws Exception {
        String editor = member(accounts, Role.EDITEUR, LORIENT_AGGLO);

        MvcTestResult result = mvc.post()
                .uri("/api/v1/territoires/" + LORIENT_AGGLO + "/enquetes")
                .with(as(editor))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"modele\":\"habitants\"}")
                .exchange();

        assertThat(result).hasStatus(201);
        Map<?, ?> created = JSON.readValue(result.getResponse().getContentAsString(), Map.class);
        String token = (String) created.get("token");
        assertThat(token).hasSize(32).matches("[A-Za-z0-9_-]+");
        assertThat((String) created.get("lien")).isEqualTo("http://localhost:8080/enquetes/" + token);
        assertThat(jdbc.sql("select created_by from survey.survey where id = ?")
                        .param(((Number) created.get("id")).longValue())
                        .query(String.class)
                        .single())
                .isEqualTo(editor);
    }

    @Test
    void opensOnlyFromAKnownTemplateForAMemberWhoEdits() {
        String uri = "/api/v1/territoires/" + LORIENT_AGGLO + "/enquetes";
        String body = "{\"modele\":\"habitants\"}";
        assertThat(mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body))
                .hasStatus(401);
        assertThat(mvc.post()
                        .uri(uri)
                        .with(as(member(accounts, Role.LECTEUR, LORIENT_AGGLO)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri(uri)
                        .with(as(member(accounts, Role.EDITEUR, LORIENT_AGGLO)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"modele\":\"sondage\"}"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.parametre")
                .isEqualTo("modele");
        assertThat(mvc.post()
                        .uri(uri)
                        .with(as(member(accounts, Role.EDITEUR, LORIENT_AGGLO)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .startsWith("Le champ « modele » est obligatoire");
    }

    @Test
    void servesTheQuestionnaireOfAnOpenSurveyAndNotOfAClosedOne() {
        CreatedSurvey survey = open("elus");

        var json = assertThat(mvc.get().uri("/api/v1/enquetes/" + survey.token()))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.modele").isEqualTo("elus");
        json.extractingPath("$.sections[1].questions[0].code").isEqualTo("connaissance_risques");
        json.extractingPath("$.sections[1].questions[0].type").isEqualTo("echelle");
        json.extractingPath("$.sections[1].questions[0].obligatoire").isEqualTo(true);
        json.extractingPath("$.sections[0].questions[0].choix[0].valeur").isEqualTo("maire");
        json.extractingPath("$.sections[1].questions[7].conditions[0].question").isEqualTo("evenement_recent");
        json.extractingPath("$.sections[3].questions[2].max").isEqualTo(10000);

        jdbc.sql("update survey.survey set status = 'fermee' where id = ?")
                .param(survey.id())
                .update();
        assertThat(mvc.get().uri("/api/v1/enquetes/" + survey.token())).hasStatus(404);
        assertThat(post(survey.token(), "{\"reponses\":{}}", UUID.randomUUID().toString(), null))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/enquetes/inconnu")).hasStatus(404);
    }

    @Test
    void aReplayReturnsTheFirstResponseAndStoresNoSecondRow() {
        CreatedSurvey survey = open("habitants");
        String key = UUID.randomUUID().toString();

        MvcTestResult first = post(survey.token(), valid(), key, null);
        MvcTestResult replay = post(survey.token(), valid(), key, null);

        assertThat(first).hasStatus(201);
        assertThat(replay).hasStatus(200);
        assertThat(id(replay)).isEqualTo(id(first));
        assertThat(rows(survey.id())).isEqualTo(1);
        assertThat(jdbc.sql("select questionnaire_version || '/' || source from survey.response where id = ?")
                        .param(id(first))
                        .query(String.class)
                        .single())
                .isEqualTo("1/web");
    }

    @Test
    void twoConcurrentSubmissionsWithTheSameKeyStoreOneRow() throws Exception {
        CreatedSurvey survey = open("habitants");
        String key = UUID.randomUUID().toString();
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<MvcTestResult>> both = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return post(survey.token(), valid(), key, null);
                }))
                .toList();

        List<MvcTestResult> results = both.stream().map(CompletableFuture::join).toList();

        assertThat(results.stream().map(r -> r.getResponse().getStatus())).containsExactlyInAnyOrder(201, 200);
        assertThat(id(results.get(0))).isEqualTo(id(results.get(1)));
        assertThat(rows(survey.id())).isEqualTo(1);
    }

    @Test
    void oneAnswerPerRespondentKeptAsASaltedHashOnly() {
        CreatedSurvey survey = open("habitants");
        String respondent = "navigateur-" + UUID.randomUUID();

        assertThat(post(survey.token(), valid(), UUID.randomUUID().toString(), respondent))
                .hasStatus(201);
        assertThat(post(survey.token(), valid(), UUID.randomUUID().toString(), respondent))
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("Réponse déjà enregistrée");
        assertThat(rows(survey.id())).isEqualTo(1);
        assertThat(jdbc.sql("select length(respondent_hash) from survey.response where survey_id = ?")
                        .param(survey.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(32);
    }

    @Test
    void refusesABadDocumentListingEachFieldInFrench() {
        CreatedSurvey survey = open("habitants");
        String body = "{\"reponses\":{\"besoin_eau\":7,\"anciennete\":\"toujours\",\"inconnue\":1}}";

        var json = assertThat(post(survey.token(), body, UUID.randomUUID().toString(), null))
                .hasStatus(400)
                .bodyJson();
        json.extractingPath("$.title").isEqualTo("Champs invalides");
        json.extractingPath("$.erreurs[0].champ").isEqualTo("inconnue");
        json.extractingPath("$.erreurs[0].message").isEqualTo("question inconnue");
        json.extractingPath("$.erreurs[?(@.champ == 'besoin_eau')].message")
                .asArray()
                .containsExactly("une note entière de 1 à 5 est attendue");
        json.extractingPath("$.erreurs[?(@.champ == 'besoin_soins')].message")
                .asArray()
                .containsExactly("réponse obligatoire");
        assertThat(rows(survey.id())).isZero();
    }

    @Test
    void refusesAFilledHoneypotWithoutSayingWhyAndASubmissionWithoutIdempotencyKey() {
        CreatedSurvey survey = open("habitants");
        String bot = JSON.writeValueAsString(
                Map.of("reponses", AnswerCheckTest.requiredAnswers(), "site_web", "http://spam.example"));

        assertThat(post(survey.token(), bot, UUID.randomUUID().toString(), null))
                .hasStatus(400)
                .bodyJson()
                .doesNotHavePath("$.erreurs");
        assertThat(post(survey.token(), valid(), null, null))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.parametre")
                .isEqualTo("Idempotency-Key");
        assertThat(rows(survey.id())).isZero();
    }

    @Test
    void aClientPastTheLimitOfTheMinuteGets429() {
        String respondent = "presse-" + UUID.randomUUID();
        for (int i = 0; i < 60; i++)
            assertThat(post("inconnu", "{\"reponses\":{}}", "k" + i, respondent))
                    .hasStatus(404);

        MvcTestResult refused = post("inconnu", "{\"reponses\":{}}", "k60", respondent);

        assertThat(refused).hasStatus(429).bodyJson().extractingPath("$.title").isEqualTo("Trop de requêtes");
        assertThat(refused.getResponse().getHeader("Retry-After")).matches("[0-9]+");
    }

    private CreatedSurvey open(String template) {
        return surveys.create(territories.require(LORIENT_AGGLO), template, "essai");
    }

    /** The eleven required scale answers of the inhabitants' template, and an empty honeypot. */
    static String valid() {
        return JSON.writeValueAsString(Map.of("reponses", AnswerCheckTest.requiredAnswers(), "site_web", ""));
    }

    private MvcTestResult post(String token, String body, String idempotencyKey, String respondent) {
        var request = mvc.post()
                .uri("/api/v1/enquetes/" + token + "/reponses")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (idempotencyKey != null) request = request.header("Idempotency-Key", idempotencyKey);
        request = request.header(
                ResponseApiController.RESPONDENT_KEY, respondent == null ? "r-" + UUID.randomUUID() : respondent);
        return request.exchange();
    }

    private int rows(long surveyId) {
        return jdbc.sql("select count(*) from survey.response where survey_id = ?")
                .param(surveyId)
                .query(Integer.class)
                .single();
    }

    private static long id(MvcTestResult result) {
        try {
            return ((Number) JSON.readValue(result.getResponse().getContentAsString(), Map.class)
                            .get("id"))
                    .longValue();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
