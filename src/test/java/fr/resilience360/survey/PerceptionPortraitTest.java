package fr.resilience360.survey;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Role;
import fr.resilience360.online.OnlineDiagnostics;
import fr.resilience360.online.OnlineFixtures;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Issue 11, item 4: the portrait shows the inhabitants' perception of each need beside its data score, with the number
 * of answers behind it, never under 5 answers; the published portrait kept for anonymous visitors is rendered again
 * when an answer arrives. Each test takes a commune that no inhabitants' survey has asked yet.
 */
@IntegrationTest
class PerceptionPortraitTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Surveys surveys;

    @Autowired
    Responses responses;

    @Autowired
    OnlineDiagnostics diagnostics;

    @Autowired
    TerritoryDirectory directory;

    @Autowired
    SurveyPerceptions perceptions;

    @Test
    void aPublishedPortraitShowsThePerceptionFromFiveAnswersAndIsRenderedAgainWhenOneArrives() throws Exception {
        TerritorySummary commune = freshCommune();
        String editor = OnlineFixtures.member(accounts, Role.ADMIN, commune.id());
        long draft = diagnostics.start(commune, editor);
        long published = diagnostics.publish(diagnostics.require(draft), editor);
        assertThat(anonymous(published))
                .as("sans enquête « habitants », rien n'est dit de la perception")
                .doesNotContain("Perception des habitants");

        CreatedSurvey survey = surveys.create(commune, "habitants", "essai");
        for (int water : new int[] {5, 4, 4, 3}) answer(survey, water);
        Thread.sleep(SurveyPerceptions.VERSION_MILLIS + 200);
        String fewer = anonymous(published);
        assertThat(fewer)
                .contains("Perception des habitants : moins de 5 réponses")
                .doesNotContain("(4 réponses)");

        answer(survey, 5);
        Thread.sleep(SurveyPerceptions.VERSION_MILLIS + 200); // the version is read at most once a second
        String page = anonymous(published);
        assertThat(page)
                .as("eau : notes 5, 4, 4, 3, 5, moyenne 4,2 → (4,2 − 1) / 4 = 0,80")
                .contains("Perception des habitants : 0,80 (5 réponses)")
                .as("les autres besoins : toutes les notes à 3 → 0,50")
                .contains("Perception des habitants : 0,50 (5 réponses)")
                .doesNotContain("moins de 5 réponses")
                .contains("toutes les enquêtes « habitants » du territoire, ouvertes ou closes (1 enquête, 5 réponses");
        assertThat(anonymous(published + "/besoins/bv1"))
                .as("la page du besoin le dit aussi")
                .contains("Perception des habitants : 0,80 (5 réponses)");
    }

    @Test
    void aDraftShowsThePerceptionToItsMembersAsSoonAsTheAnswersChange() throws Exception {
        TerritorySummary commune = freshCommune();
        String editor = OnlineFixtures.member(accounts, Role.EDITEUR, commune.id());
        long draft = diagnostics.start(commune, editor);
        CreatedSurvey first = surveys.create(commune, "habitants", "essai");
        CreatedSurvey second = surveys.create(commune, "habitants", "essai");
        for (int i = 0; i < 3; i++) answer(first, 1);
        for (int i = 0; i < 4; i++) answer(second, 2);

        assertThat(signedIn(draft, editor))
                .as("deux enquêtes du territoire comptent ensemble : eau 1,1,1,2,2,2,2 → moyenne 11/7 → 0,14")
                .contains("Perception des habitants : 0,14 (7 réponses)")
                .contains("(2 enquêtes, 7 réponses reçues");
    }

    /** A commune with no inhabitants' survey yet, taken at random (the test database outlives a test run). */
    private TerritorySummary freshCommune() {
        List<TerritorySummary> communes = new ArrayList<>(directory.ofType(TerritoryType.COMMUNE));
        Collections.shuffle(communes, new Random());
        return communes.stream()
                .filter(c -> perceptions.of(c.id()).isEmpty())
                .findFirst()
                .orElseThrow();
    }

    /** An inhabitant's answer: {@code water} to the water need, 3 to every other need. */
    private void answer(CreatedSurvey survey, int water) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (var q : SurveyFixtures.template("habitants").questions().values())
            if (q.besoin() != null && q.type() == QuestionType.ECHELLE) answers.put(q.code(), 3);
        answers.put("besoin_eau", water);
        answers.put("besoins_fragiles", List.of("bv1", "bi2", "bi3"));
        responses.submit(
                survey.token(),
                new Responses.Submission(answers, null, UUID.randomUUID().toString(), null));
    }

    private String anonymous(Object id) throws Exception {
        var page = mvc.get().uri("/diagnostics/" + id).exchange();
        assertThat(page).hasStatus(200);
        return text(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The page's text as read, without its tags. */
    private static String text(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&#39;", "'");
    }

    private String signedIn(long id, String email) throws Exception {
        var page = mvc.get()
                .uri("/diagnostics/" + id)
                .with(OnlineFixtures.as(email))
                .exchange();
        assertThat(page).hasStatus(200);
        return text(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
