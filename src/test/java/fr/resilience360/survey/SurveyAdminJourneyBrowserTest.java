package fr.resilience360.survey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Membership;
import fr.resilience360.account.Role;
import fr.resilience360.web.BrowserTestSupport;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11, the team's side and editing one's answer, in Chromium: an editor of CA Lorient Agglomération opens an
 * inhabitants' survey from the territory's surveys page, is told in French that a closing before the opening is
 * wrong, sets the closing and lets respondents edit their answer; an inhabitant answers on a phone, then edits their
 * answer, which stays one row. Each page passes axe-core at 1280 and 390 px wide without horizontal scrolling;
 * screenshots go to {@code target/screenshots/enquetes-*.png}.
 */
class SurveyAdminJourneyBrowserTest extends BrowserTestSupport {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorOpensAndSetsASurveyThenAnInhabitantAnswersAndEditsTheirAnswer() {
        String editor = "editeur-" + UUID.randomUUID() + "@exemple.fr";
        signInByLink(
                accounts.createUser(editor, Optional.of(new Membership(SurveyFixtures.LORIENT_AGGLO, Role.EDITEUR)))
                        .url());
        page.navigate(url("/compte"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enquêtes collectives"))
                .first()
                .click();
        assertThat(page.locator("h1")).hasText("Enquêtes collectives de CA Lorient Agglomération");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Enquête habitants"))
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir l'enquête"))
                .click();
        assertThat(page.locator(".notice")).containsText("ouverte : son lien est prêt à diffuser.");
        long id = jdbc.sql("select id from survey.survey where created_by = ?")
                .param(editor)
                .query(Long.class)
                .single();
        Locator survey = page.locator("#enquete-" + id);
        checkDesktopAndPhone("enquetes-liste");

        survey.getByLabel("Date de fermeture (facultative)").fill("2020-01-01");
        survey.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer les réglages"))
                .click();
        assertThat(page.locator("#erreurs-" + id)).containsText("Date de fermeture : le 01/01/2020 précède");
        checkDesktopAndPhone("enquetes-reglages-erreur");

        survey = page.locator("#enquete-" + id);
        LocalDate closing = LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(2);
        survey.getByLabel("Date de fermeture (facultative)").fill(closing.toString());
        survey.getByLabel("Les répondants peuvent modifier leur réponse").check();
        survey.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer les réglages"))
                .click();
        assertThat(page.locator(".notice")).hasText("Réglages de l'enquête n° " + id + " enregistrés.");
        survey = page.locator("#enquete-" + id);
        assertThat(survey)
                .containsText(DateTimeFormatter.ofPattern("dd/MM/uuuu").format(closing) + " au soir");
        assertThat(survey).containsText("permise jusqu’à la fermeture");
        String link = survey.locator(".survey-link a").innerText();

        newVisitor();
        usePhone();
        page.navigate(local(link));
        answerEveryRequiredQuestion("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer mes réponses"))
                .click();
        assertThat(page.locator("h1")).hasText("Merci !");
        page.navigate(local(link) + "/ma-reponse");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier ma réponse"))
                .click();
        assertThat(page.locator("#q-besoin_eau-2")).isChecked();
        checkDesktopAndPhone("enquetes-modifier-ma-reponse");
        page.locator("#q-besoin_eau-5").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer ma réponse modifiée"))
                .click();
        assertThat(page.getByText("Votre réponse modifiée est enregistrée.")).isVisible();
        checkDesktopAndPhone("enquetes-ma-reponse-modifiee");

        assertThat(jdbc.sql("select answers ->> 'besoin_eau' from survey.response where survey_id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("5");
    }

    private void answerEveryRequiredQuestion(String scale) {
        SurveyFixtures.template("habitants").questions().values().stream()
                .filter(q -> q.type() == QuestionType.ECHELLE)
                .forEach(q -> page.locator("#q-" + q.code() + "-" + scale).check());
    }
}
