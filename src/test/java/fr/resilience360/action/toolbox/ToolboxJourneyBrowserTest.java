package fr.resilience360.action.toolbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Membership;
import fr.resilience360.account.Role;
import fr.resilience360.online.OnlineFixtures;
import fr.resilience360.web.BrowserTestSupport;
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
        checkDesktopAndPhone("toolbox-liste");
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
        checkDesktopAndPhone("toolbox-fiche-enquete");
    }

    @Test
    void anEditorBuildsAThreeStepParcoursAndMarksOneDone() {
        repository.steps(CODE).forEach(s -> repository.delete(CODE, s.id()));
        signInByLink(accounts.createUser(
                        "editeur-" + UUID.randomUUID() + "@exemple.fr", Optional.of(new Membership(CODE, Role.EDITEUR)))
                .url());
        page.navigate(url("/territoires/" + CODE + "/parcours"));
        assertThat(page.getByText("Aucune étape pour l'instant.")).isVisible();
        checkDesktopAndPhone("toolbox-parcours-vide");
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
        checkDesktopAndPhone("toolbox-parcours");
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
}
