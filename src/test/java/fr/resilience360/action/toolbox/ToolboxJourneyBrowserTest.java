package fr.resilience360.action.toolbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Membership;
import fr.resilience360.account.Role;
import fr.resilience360.online.OnlineFixtures;
import fr.resilience360.web.BrowserTestSupport;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12, the toolbox, in Chromium: a visitor opens the toolbox from the navigation, filters it, opens the collective
 * survey tool and, giving a territory's code, finds the links to the survey templates; an editor of CA Lorient
 * Agglomération builds a parcours of three steps and marks one done. Every page passes axe-core and fits the width at
 * 1280 and 390 pixels; screenshots go to {@code target/screenshots/toolbox-*.png}.
 */
class ToolboxJourneyBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "un mot de passe solide";
    private static final String CODE = OnlineFixtures.LORIENT_AGGLO;

    @Autowired
    Accounts accounts;

    @Autowired
    ParcoursRepository repository;

    @Test
    void aVisitorFindsTheSurveyTemplatesFromTheCollectiveSurveyTool() {
        page.navigate(url("/"));
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Navigation principale"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Outils"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Boîte à outils des dynamiques collectives");
        checkPage("toolbox-liste");
        page.getByLabel("Phase").selectOption("comprendre");
        button("Filtrer").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mobiliser")))
                .hasCount(0);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Enquête collective avec guide d'entretien pour les bénévoles"))
                .first()
                .click();
        assertThat(page.getByText("Guide — se présenter")).isVisible();
        page.getByLabel("Code du territoire (INSEE ou SIREN)").fill(CODE);
        button("Compléter les adresses").click();
        Locator templates = page.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions()
                        .setName("Ouvrir une enquête depuis un modèle (habitants, élus, entreprises)"));
        assertThat(templates).hasAttribute("href", "/territoires/" + CODE + "/enquetes");
        checkPage("toolbox-fiche-enquete");
    }

    @Test
    void anEditorBuildsAThreeStepParcoursAndMarksOneDone() {
        repository.steps(CODE).forEach(s -> repository.delete(CODE, s.id()));
        signIn(accounts.createUser(
                        "editeur-" + UUID.randomUUID() + "@exemple.fr", Optional.of(new Membership(CODE, Role.EDITEUR)))
                .url());
        page.navigate(url("/territoires/" + CODE + "/parcours"));
        assertThat(page.getByText("Aucune étape pour l'instant.")).isVisible();
        checkPage("toolbox-parcours-vide");
        addStep("Atelier de restitution du diagnostic", "2027-01-20");
        addStep("Diagnostic en marchant", "2027-02-10");
        addStep("Forum ouvert", "");
        page.getByText("Modifier l’étape 1").click();
        page.getByLabel("Statut de l’étape 1").selectOption(new SelectOption().setLabel("Fait"));
        button("Enregistrer l’étape 1").click();
        assertThat(page.getByText("Étape enregistrée.")).isVisible();
        assertThat(page.locator(".progress-text")).containsText("1 étape faite sur 3");
        page.getByText("Modifier l’étape 3").click();
        button("Monter l’étape 3").click();
        assertThat(page.locator(".parcours-step h3").nth(1)).hasText("Forum ouvert");
        checkPage("toolbox-parcours");
    }

    private void addStep(String tool, String date) {
        page.getByLabel("Outil", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(tool));
        page.getByLabel("Date prévue (facultative)").fill(date);
        button("Ajouter l'étape").click();
        assertThat(page.getByText("Étape ajoutée au parcours.")).isVisible();
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void signIn(String link) {
        page.navigate(local(link));
        button("Me connecter et choisir mon mot de passe").click();
        page.getByLabel("Nouveau mot de passe").fill(PASSWORD);
        page.getByLabel("Confirmation").fill(PASSWORD);
        button("Enregistrer le mot de passe").click();
        assertThat(page.getByText("Votre mot de passe est enregistré.")).isVisible();
    }

    /** axe-core and no horizontal overflow at 1280 then 390 pixels, with a screenshot at each width. */
    private void checkPage(String name) {
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, width == 390 ? 844 : 900);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(seriousAccessibilityViolations())
                    .as(page.url() + " à " + width)
                    .isEmpty();
            assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                    .as(name + " tient dans " + width + " pixels")
                    .isLessThanOrEqualTo(width);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/" + name + "-" + width + ".png"))
                    .setFullPage(true));
        }
        page.setViewportSize(1280, 900);
    }
}
