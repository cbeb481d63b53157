package fr.resilience360.survey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Membership;
import fr.resilience360.account.Role;
import fr.resilience360.web.BrowserTestSupport;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, item 1, in Chromium: an editor of CA Lorient Agglomération copies the inhabitants' template, adds a
 * question, moves it, is told what to fix when saving, fixes it, saves version 2, previews it and opens a survey with
 * it. Every page passes axe-core and fits the width at 1280 and 390 pixels; screenshots go to
 * {@code target/screenshots/questionnaire-*.png}.
 */
class QuestionnaireBuilderJourneyBrowserTest extends BrowserTestSupport {

    @Autowired
    Accounts accounts;

    @Test
    void anEditorCopiesATemplateAdaptsItSavesVersionTwoPreviewsItAndOpensASurvey() {
        signInByLink(accounts.createUser(
                        "editeur-" + UUID.randomUUID() + "@exemple.fr",
                        Optional.of(new Membership(SurveyFixtures.LORIENT_AGGLO, Role.EDITEUR)))
                .url());
        page.navigate(url("/territoires/" + SurveyFixtures.LORIENT_AGGLO + "/questionnaires"));
        checkDesktopAndPhone("questionnaire-liste");
        button("Copier le modèle habitants").click();
        assertThat(page.getByText("Dernière version : 1")).isVisible();
        checkDesktopAndPhone("questionnaire-editeur");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ajouter une question à la section 2"))
                .click();
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill("reserve_eau_litres");
        page.getByLabel("Type de question").selectOption("nombre");
        page.getByLabel("Libellé (la question posée)").fill("Combien de litres d'eau gardez-vous en réserve ?");
        checkDesktopAndPhone("questionnaire-question");
        button("Enregistrer la question").click();

        button("Monter la question reserve_eau_litres").click();
        Page.GetByRoleOptions last = new Page.GetByRoleOptions().setName("Enregistrer la version 2");
        page.getByRole(AriaRole.BUTTON, last).click();
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText(
                        "(« reserve_eau_litres »), champ « bornes » : un nombre a une borne min et une borne max");
        checkDesktopAndPhone("questionnaire-erreur");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier la question reserve_eau_litres"))
                .click();
        assertThat(page.locator("#erreur-min")).isVisible();
        page.getByLabel("Minimum").fill("0");
        page.getByLabel("Maximum").fill("1000");
        button("Enregistrer la question").click();
        page.getByRole(AriaRole.BUTTON, last).click();
        assertThat(page.getByText("Version 2 enregistrée.")).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aperçu"))
                .click();
        assertThat(page.getByText("Aperçu — aucune réponse n'est enregistrée")).isVisible();
        assertThat(page.getByLabel("Combien de litres d'eau gardez-vous en réserve ?"))
                .isVisible();
        assertThat(button("Envoyer mes réponses")).hasCount(0);
        checkDesktopAndPhone("questionnaire-apercu");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Revenir à l'éditeur"))
                .click();
        button("Ouvrir une enquête avec cette version").click();
        assertThat(page.locator("#enquete-ouverte")).containsText("/enquetes/");
        checkDesktopAndPhone("questionnaire-enquete-ouverte");
    }

    private com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
