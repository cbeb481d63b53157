package fr.resilience360.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class TerritoryJourneysBrowserTest extends BrowserTestSupport {

    @Test
    void findsAnIntercommunalityFromTheHomeSearchAndWalksDownToACommune() {
        page.navigate(url("/"));
        page.getByLabel("Trouver un territoire").fill("lorient");

        var suggestion = page.locator("#suggestions")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("CA Lorient Agglomération"));
        assertThat(suggestion).isVisible();
        suggestion.click();

        assertThat(page).hasTitle(java.util.regex.Pattern.compile("CA Lorient Agglomération"));
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Communes (25)")))
                .isVisible();
        // the map draws the outline and the 25 communes from our GeoJSON
        assertThat(page.locator("#carte path.leaflet-interactive")).hasCount(26);

        page.locator("table")
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName("Lorient")
                                .setExact(true))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new com.microsoft.playwright.Page.GetByRoleOptions()
                                .setName("Lorient")
                                .setLevel(1)))
                .isVisible();
        page.getByRole(
                        AriaRole.NAVIGATION,
                        new com.microsoft.playwright.Page.GetByRoleOptions().setName("Fil d'Ariane"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Morbihan"))
                .click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/territoires/dep-56$"));
    }

    @Test
    void searchPageWorksWithoutJavascriptSubmit() {
        page.navigate(url("/recherche?q=saint+etienne"));

        assertThat(page.locator(".result-list li").first()).containsText("Saint-Étienne");
        assertThat(page.locator(".result-list li").first()).containsText("42218");
    }

    @Test
    void skipLinkIsTheFirstStopAndLeadsToTheContent() {
        page.navigate(url("/"));
        page.keyboard().press("Tab");

        assertThat(page.locator(":focus")).hasText("Aller au contenu");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("#contenu$"));
    }

    @Test
    void territoryPageFitsAPhoneScreen() {
        usePhone();
        page.navigate(url("/territoires/200042174"));
        assertThat(page.locator("#carte path.leaflet-interactive").first()).isVisible();

        Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
    }

    @Test
    void unknownTerritoryShowsTheFrench404Page() {
        var response = page.navigate(url("/territoires/99999"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page introuvable");
    }
}
