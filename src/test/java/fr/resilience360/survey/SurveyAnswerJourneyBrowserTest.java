package fr.resilience360.survey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import fr.resilience360.territory.Territories;
import fr.resilience360.web.BrowserTestSupport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, item 7, in Chromium on a phone: an inhabitant answers part of the survey, reloads and finds their answers,
 * finishes, sends twice at once, and the synthesis counts one response. Consent, questionnaire and thanks pages pass
 * axe-core and fit a phone's width; screenshots go to {@code target/screenshots}.
 */
class SurveyAnswerJourneyBrowserTest extends BrowserTestSupport {

    @Autowired
    Surveys surveys;

    @Autowired
    Territories territories;

    @Autowired
    SurveyRepository repository;

    @Test
    void anInhabitantAnswersOnAPhoneResumesAfterAReloadAndIsCountedOnceThoughSendingTwice() {
        CreatedSurvey survey = surveys.create(territories.require(SurveyFixtures.LORIENT_AGGLO), "habitants", "essai");
        usePhone();
        page.navigate(local(survey.link()));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Avant de répondre")))
                .isVisible();
        checkPage("enquete-consentement");

        page.getByLabel("Plus de 10 ans").check();
        page.locator("#q-besoin_eau-4").check();
        page.locator("#q-besoins_fragiles-rang-bi2").selectOption("1");
        assertThat(page.locator("#etat-brouillon")).containsText("Brouillon enregistré");
        page.reload();
        assertThat(page.getByLabel("Plus de 10 ans")).isChecked();
        assertThat(page.locator("#q-besoin_eau-4")).isChecked();
        assertThat(page.locator("#q-besoins_fragiles-rang-bi2")).hasValue("1");

        SurveyFixtures.template("habitants").questions().values().stream()
                .filter(q -> q.type() == QuestionType.ECHELLE && !q.code().equals("besoin_eau"))
                .forEach(q -> page.locator("#q-" + q.code() + "-3").check());
        assertThat(page.locator("#q-evenement_recit")).isHidden();
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Avez-vous déjà vécu"))
                .getByLabel("Oui")
                .check();
        page.locator("#q-evenement_recit").fill("La tempête de 2023 : les voisins ont partagé un groupe électrogène.");
        page.locator("#q-preparation_foyer-autre").check();
        page.getByLabel("Précisez « autre »").first().fill("Un poêle à bois");
        checkPage("enquete-questionnaire");

        page.evaluate("() => { const f = document.getElementById('questionnaire');"
                + " fetch(f.action, {method: 'POST', body: new URLSearchParams(new FormData(f))}); }");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer mes réponses"))
                .dblclick();
        assertThat(page.locator("h1")).hasText("Merci !");
        checkPage("enquete-merci");
        String code = page.locator(".respondent-code-value").textContent();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retrouver ma réponse"))
                .click();
        page.getByLabel("Code de réponse").fill("CodeQuiNeCorrespondAAucuneReponse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retrouver ma réponse"))
                .click();
        assertThat(page.locator("#code-erreur")).containsText("Aucune réponse");
        checkPage("enquete-retrouver");
        page.getByLabel("Code de réponse").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retrouver ma réponse"))
                .click();
        assertThat(page.locator("h1")).hasText("Ma réponse");

        assertThat(Synthesis.of(
                                surveys.byId(survey.id()),
                                repository.answers(survey.id()).stream()
                                        .map(SurveyJson::answers)
                                        .toList())
                        .get("total"))
                .isEqualTo(1);
    }

    private void checkPage(String name) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(seriousAccessibilityViolations()).as(page.url()).isEmpty();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as(name + " tient dans la largeur d'un téléphone")
                .isLessThanOrEqualTo(390);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }
}
