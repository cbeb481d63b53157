package fr.resilience360.survey;

import static fr.resilience360.survey.SurveyFixtures.LORIENT_AGGLO;
import static fr.resilience360.survey.SurveyFixtures.as;
import static fr.resilience360.survey.SurveyFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Action;
import fr.resilience360.account.Role;
import fr.resilience360.observatory.ActorType;
import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.observatory.ObservationPeriod;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.observatory.ValueMethod;
import fr.resilience360.survey.SurveySynthesisTest.Caller;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Issue 11, item 4: a territory's élus' and businesses' surveys reach the observatory as « déclaré » indicators only
 * when its team shares them, never below 5 respondents, with their number; un-sharing removes them. Each test takes a
 * commune that shares nothing yet.
 */
@IntegrationTest
class ObservatorySharingTest {

    static final String KNOWLEDGE = "enq_elus_connaissance_risques";
    static final String CRISIS = "enq_elus_crise_geree";
    static final String CONTINUITY = "enq_entreprises_plan_continuite";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Surveys surveys;

    @Autowired
    Responses responses;

    @Autowired
    Observatory observatory;

    @Autowired
    TerritoryDirectory directory;

    @Test
    void nothingReachesTheObservatoryWithoutTheOptInNorUnderFiveRespondents() {
        TerritorySummary commune = freshCommune();
        String editor = member(accounts, Role.EDITEUR, commune.id());
        CreatedSurvey survey = surveys.create(commune, "elus", "essai");
        for (int i = 0; i < 4; i++) answerElus(survey, 4, "oui");
        assertThat(share(survey, editor, "oui")).hasStatus(302);
        assertThat(declared(commune, KNOWLEDGE)).as("4 répondants : rien").isEmpty();

        CreatedSurvey other = surveys.create(commune, "elus", "essai");
        for (int i = 0; i < 6; i++) answerElus(other, 2, "non");
        assertThat(declared(commune, KNOWLEDGE))
                .as("6 répondants d'une enquête non partagée : rien")
                .isEmpty();
    }

    @Test
    void fiveRespondentsOfASharedSurveyBecomeDeclaredValuesWithTheirCountUntilItIsUnshared() throws Exception {
        TerritorySummary commune = freshCommune();
        String editor = member(accounts, Role.ADMIN, commune.id());
        CreatedSurvey survey = surveys.create(commune, "elus", "essai");
        for (int note : new int[] {5, 4, 4, 3}) answerElus(survey, note, "oui");
        answerElus(survey, 2, "non");
        String before = observatory.version();

        assertThat(share(survey, editor, "oui")).hasStatus(302);

        IndicatorValue knowledge = declared(commune, KNOWLEDGE).orElseThrow();
        assertThat(knowledge.value()).as("notes 5, 4, 4, 3, 2").isEqualTo(3.6);
        assertThat(knowledge.method()).isEqualTo(ValueMethod.DECLARE);
        assertThat(knowledge.key().actorType()).isEqualTo(ActorType.SOCIETE);
        assertThat(knowledge.period()).isEqualTo(ObservationPeriod.ofYear(thisYear()));
        assertThat(knowledge.methodDetail())
                .isEqualTo("déclaré : 5 répondants (enquête « élus » partagée par le territoire)");
        assertThat(declared(commune, CRISIS).orElseThrow().value())
                .as("4 « oui » sur 5")
                .isEqualTo(80.0);
        assertThat(observatory.version())
                .as("les pages de l'observatoire sont rendues à nouveau")
                .isNotEqualTo(before);
        assertThat(page(survey, editor))
                .contains("Cette enquête est partagée avec l&#39;observatoire.")
                .contains("Élus : connaissance des risques du territoire")
                .contains("3,60</span>");
        assertThat(mvc.get().uri("/territoires/" + commune.id() + "/indicateurs"))
                .hasStatusOk()
                .bodyText()
                .contains("Élus : connaissance des risques du territoire")
                .contains("déclaré : 5 répondants (enquête « élus » partagée par le territoire)");

        assertThat(mvc.get().uri("/indicateurs/" + KNOWLEDGE))
                .as("la page de l'indicateur déclaré")
                .hasStatusOk()
                .bodyText()
                .contains("Élus : connaissance des risques du territoire");

        assertThat(share(survey, editor, "non")).hasStatus(302);
        assertThat(declared(commune, KNOWLEDGE))
                .as("ne plus partager retire les valeurs")
                .isEmpty();
        assertThat(declared(commune, CRISIS)).isEmpty();
    }

    @Test
    void businessesSpeakForTheActorTypeEntreprisesAndTheRefreshFollowsNewAnswers() {
        TerritorySummary commune = freshCommune();
        String editor = member(accounts, Role.EDITEUR, commune.id());
        CreatedSurvey survey = surveys.create(commune, "entreprises", "essai");
        for (int i = 0; i < 5; i++) answerBusiness(survey, i < 2 ? "oui_teste" : "non");
        assertThat(share(survey, editor, "oui")).hasStatus(302);
        IndicatorValue continuity = declared(commune, CONTINUITY).orElseThrow();
        assertThat(continuity.key().actorType()).isEqualTo(ActorType.ENTREPRISES);
        assertThat(continuity.value()).isEqualTo(40.0);

        answerBusiness(survey, "oui_non_teste");
        sharing.refreshNow();

        assertThat(declared(commune, CONTINUITY).orElseThrow().value())
                .as("3 sur 6")
                .isEqualTo(50.0);
        assertThat(declared(commune, CONTINUITY).orElseThrow().methodDetail()).contains("6 répondants");
    }

    @Autowired
    ObservatorySharing sharing;

    @Test
    void anInhabitantsSurveyIsNeverShared() {
        TerritorySummary commune = freshCommune();
        CreatedSurvey survey = surveys.create(commune, "habitants", "essai");

        assertThat(share(survey, member(accounts, Role.ADMIN, commune.id()), "oui"))
                .hasStatus(400);
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void eachCallerGetsWhatTheMatrixSays(Caller caller) throws Exception {
        String email = caller.signIn(accounts);
        CreatedSurvey survey = surveys.create(directory.find(LORIENT_AGGLO).orElseThrow(), "elus", "essai");
        var get = mvc.get().uri("/enquetes/" + survey.id() + "/partage");
        var post = mvc.post()
                .uri("/enquetes/" + survey.id() + "/partage")
                .param("partager", "non")
                .with(csrf());
        if (email != null) {
            get = get.with(as(email));
            post = post.with(as(email));
        }
        check(caller, get.exchange(), Action.READ_DRAFTS, 200);
        check(caller, post.exchange(), Action.EDIT_DIAGNOSTICS, 302);
    }

    private static void check(Caller caller, MvcTestResult result, Action action, int success) {
        int expected = caller.expected(action, success);
        if (expected == 401) {
            assertThat(result.getResponse().getStatus()).as("%s", caller).isEqualTo(302);
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/connexion");
        } else
            assertThat(result.getResponse().getStatus())
                    .as("%s %s", caller, action)
                    .isEqualTo(expected);
    }

    /** A commune that has shared nothing yet, taken at random (the test database outlives a test run). */
    private TerritorySummary freshCommune() {
        List<TerritorySummary> communes = new ArrayList<>(directory.ofType(TerritoryType.COMMUNE));
        Collections.shuffle(communes, new Random());
        return communes.stream()
                .filter(c -> observatory.seriesOfTerritory(c.id()).stream()
                        .noneMatch(s -> s.latest().method() == ValueMethod.DECLARE))
                .findFirst()
                .orElseThrow();
    }

    private Optional<IndicatorValue> declared(TerritorySummary commune, String indicator) {
        return observatory.latest(commune.id(), indicator);
    }

    private MvcTestResult share(CreatedSurvey survey, String email, String choice) {
        return mvc.post()
                .uri("/enquetes/" + survey.id() + "/partage")
                .param("partager", choice)
                .with(as(email))
                .with(csrf())
                .exchange();
    }

    private String page(CreatedSurvey survey, String email) throws Exception {
        var result = mvc.get()
                .uri("/enquetes/" + survey.id() + "/partage")
                .with(as(email))
                .exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private void answerElus(CreatedSurvey survey, int knowledge, String crisis) {
        submit(
                survey,
                Map.of(
                        "fonction",
                        "maire",
                        "connaissance_risques",
                        knowledge,
                        "preparation_collectivite",
                        3,
                        "evenement_recent",
                        crisis,
                        "besoins_prioritaires",
                        List.of("bv1")));
    }

    private void answerBusiness(CreatedSurvey survey, String plan) {
        submit(survey, Map.of("secteur", "commerce", "effectif", 4, "plan_continuite", plan));
    }

    private void submit(CreatedSurvey survey, Map<String, Object> answers) {
        responses.submit(
                survey.token(),
                new Responses.Submission(answers, null, UUID.randomUUID().toString(), null));
    }

    private static int thisYear() {
        return LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
    }
}
