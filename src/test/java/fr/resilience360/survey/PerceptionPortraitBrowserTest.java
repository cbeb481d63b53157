package fr.resilience360.survey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Membership;
import fr.resilience360.account.Role;
import fr.resilience360.online.OnlineDiagnostics;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import fr.resilience360.web.BrowserTestSupport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, item 4 in Chromium: the published portrait shows the inhabitants' perception beside each need's score, and
 * an administrator of the territory shares an élus' survey with the observatory. Every page passes axe-core (no serious
 * or critical violation) on a desktop and at 390 × 844 without horizontal scrolling; screenshots go to
 * {@code target/screenshots}.
 */
class PerceptionPortraitBrowserTest extends BrowserTestSupport {

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
    void thePortraitShowsThePerceptionAndAnAdministratorSharesAnElusSurvey() {
        TerritorySummary commune = freshCommune();
        String admin = "admin-" + UUID.randomUUID() + "@exemple.fr";
        var link = accounts.createUser(admin, Optional.of(new Membership(commune.id(), Role.ADMIN)));
        long published = diagnostics.publish(diagnostics.require(diagnostics.start(commune, admin)), admin);
        CreatedSurvey inhabitants = surveys.create(commune, "habitants", "essai");
        for (int note = 1; note <= 5; note++) answerInhabitant(inhabitants, note);
        answerInhabitant(inhabitants, 4);

        page.navigate(url("/diagnostics/" + published));
        assertThat(page.locator("section[aria-labelledby=besoins-titre]"))
                .containsText("Perception des habitants : 0,54 (6 réponses)");
        checkDesktopAndPhone("portrait-perception");
        needsScreenshot("portrait-perception-besoins");
        page.setViewportSize(390, 844);
        needsScreenshot("portrait-perception-besoins-telephone");
        page.setViewportSize(1280, 720);

        page.navigate(url("/diagnostics/" + published + "/besoins/bv1"));
        assertThat(page.locator(".perception-need")).containsText("Perception des habitants : 0,54 (6 réponses)");
        checkDesktopAndPhone("besoin-perception");

        CreatedSurvey elus = surveys.create(commune, "elus", "essai");
        for (int i = 0; i < 5; i++) answerElus(elus, 2 + i % 3);
        signInByLink(link.url());
        page.navigate(url("/enquetes/" + elus.id() + "/partage"));
        assertThat(page.getByText("Cette enquête n'est pas partagée avec l'observatoire."))
                .isVisible();
        checkDesktopAndPhone("enquete-partage-avant");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Partager cette enquête avec l'observatoire"))
                .click();
        assertThat(page.getByText("Cette enquête est partagée avec l'observatoire."))
                .isVisible();
        assertThat(page.locator("table")).containsText("Élus : connaissance des risques du territoire");
        checkDesktopAndPhone("enquete-partage");
    }

    private void needsScreenshot(String name) {
        page.locator("section[aria-labelledby=besoins-titre]")
                .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(Path.of("target/screenshots/" + name + ".png")));
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

    private void answerInhabitant(CreatedSurvey survey, int note) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (var q : SurveyFixtures.template("habitants").questions().values())
            if (q.besoin() != null && q.type() == QuestionType.ECHELLE) answers.put(q.code(), note);
        answers.put("besoins_fragiles", List.of("bv1", "bi2", "bi3"));
        submit(survey, answers);
    }

    private void answerElus(CreatedSurvey survey, int knowledge) {
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
                        "oui",
                        "besoins_prioritaires",
                        List.of("bv1")));
    }

    private void submit(CreatedSurvey survey, Map<String, Object> answers) {
        responses.submit(
                survey.token(),
                new Responses.Submission(answers, null, UUID.randomUUID().toString(), null));
    }
}
