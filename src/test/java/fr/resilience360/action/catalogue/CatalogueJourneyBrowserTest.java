package fr.resilience360.action.catalogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.resilience360.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * A visitor looks for an action in the catalogue: searches, filters by need, opens the fiche, then follows the link
 * to the other actions improving the same need. Every page passes axe-core and fits a phone's width.
 */
class CatalogueJourneyBrowserTest extends BrowserTestSupport {

    @Test
    void aVisitorSearchesFiltersAndOpensAFiche() {
        page.navigate(url("/"));
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Navigation principale"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Actions"))
                .click();
        assertThat(page.locator("h1")).hasText("Catalogue des actions");
        checkDesktopAndPhone("actions-catalogue");

        page.getByLabel("Mots cherchés (titre, résumé, description)").fill("ALIMENTAIRE territorial");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chercher"))
                .click();
        assertThat(page.locator("#nombre-actions")).containsText("sur");
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Engager un projet alimentaire territorial (PAT)")))
                .isVisible();

        page.getByLabel("Besoin amélioré").selectOption("bv2");
        page.getByLabel("Levier de la Boussole").selectOption("p1-l1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chercher"))
                .click();
        assertThat(page.url()).contains("besoin=bv2", "levier=p1-l1", "q=ALIMENTAIRE+territorial");
        assertThat(page.getByLabel("Besoin amélioré")).hasValue("bv2");
        checkDesktopAndPhone("actions-catalogue-filtre");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Engager un projet alimentaire territorial (PAT)"))
                .click();
        assertThat(page.locator("h1")).hasText("Engager un projet alimentaire territorial (PAT)");
        assertThat(page.locator("main")).containsText("Mauvaise récolte");
        assertThat(page.locator("main")).containsText("CC BY-SA 4.0");
        checkDesktopAndPhone("actions-fiche");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Voir les actions qui améliorent ce besoin : Se nourrir"))
                .click();
        assertThat(page.getByLabel("Besoin amélioré")).hasValue("bv2");

        page.navigate(url("/actions/leviers"));
        assertThat(page.locator("h1")).hasText("Boussole de la résilience");
        checkDesktopAndPhone("actions-leviers");
    }
}
