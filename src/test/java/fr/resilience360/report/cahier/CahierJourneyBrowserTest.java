package fr.resilience360.report.cahier;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.resilience360.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, the cahiers per type and the KAART kit, in Chromium: from CA Lorient Agglomération's page a visitor follows
 * its type « Littoral » to the cahier, reads the 11 needs' table, then goes to the list of the six cahiers; another
 * opens the territory's alert sheet for its élus and the volunteers' guide. Every page passes
 * axe-core and fits the width at 1280 and 390 pixels; screenshots {@code target/screenshots/cahier*.png}, {@code alerte*.png}, {@code guide-benevoles*.png}.
 */
class CahierJourneyBrowserTest extends BrowserTestSupport {

    @Test
    void aVisitorGoesFromATerritoryToItsTypesCahier() {
        page.navigate(url("/territoires/200042174"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("cahier « Littoral »"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Cahier « Littoral »");
        assertThat(page.getByRole(
                        AriaRole.TABLE, new Page.GetByRoleOptions().setName("Scores des besoins des EPCI de ce type")))
                .containsText("Être en lien avec la nature");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Télécharger le cahier (PDF)")))
                .hasAttribute("href", "/cahiers/littoral.pdf");
        checkDesktopAndPhone("cahier-littoral");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Cahiers par type").setExact(true))
                .click();
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Montagne").setExact(true)))
                .isVisible();
        checkDesktopAndPhone("cahiers");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("synthèse nationale des enquêtes des élus"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Synthèse nationale des enquêtes des élus");
        checkDesktopAndPhone("synthese-elus");
    }

    @Test
    void aVisitorPrintsTheAlertSheetOfATerritoryAndReadsTheVolunteersGuide() {
        page.navigate(url("/territoires/200042174"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alerte pour les élus"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Alerte pour les élus de CA Lorient Agglomération");
        assertThat(page.getByRole(
                        AriaRole.IMG, new Page.GetByRoleOptions().setName("QR code de la page du territoire")))
                .isVisible();
        checkDesktopAndPhone("alerte");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("guide des bénévoles"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Écueils à éviter")))
                .isVisible();
        checkDesktopAndPhone("guide-benevoles");
    }
}
