package fr.resilience360.report.atlas;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.resilience360.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * « Cartes de France » in Chromium: a visitor opens the typology of the EPCI, switches to an indicator by
 * département, then to a need score by commune (the server's image); every choice lands in the URL; no serious
 * accessibility violation at 1280 and 390 px.
 */
class AtlasJourneyBrowserTest extends BrowserTestSupport {

    @Test
    void aVisitorSwitchesVariableAndScaleAndEveryMapShowsItsLegend() {
        page.navigate(url("/indicateurs"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cartes de France"))
                .click();

        assertThat(page.locator("h1")).hasText("Type de territoire (« Villes et territoires résilients »)");
        assertThat(page.locator("#carte-indicateur .legend .swatch")).hasCount(4); // 3 types + missing
        assertThat(page.locator("#carte-etat")).hasText("");
        assertThat(page.locator("#carte-indicateur path.leaflet-interactive").count())
                .isGreaterThanOrEqualTo(1200);
        checkDesktopAndPhone("cartes-typologie-epci");

        page.getByLabel("Ce que montre la carte").selectOption("indicateur:part_residences_secondaires");
        page.getByLabel("Échelle").selectOption("departement");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher"))
                .click();

        assertThat(page)
                .hasURL(java.util.regex.Pattern.compile(
                        ".*variable=indicateur%3Apart_residences_secondaires&niveau=departement.*"));
        assertThat(page.locator("#carte-indicateur .legend .swatch")).hasCount(6); // 5 quintiles + missing
        assertThat(page.locator("#carte-etat")).hasText("");
        assertThat(page.locator("#plus-eleves + ol li")).hasCount(10);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("carte SVG")))
                .hasAttribute("href", java.util.regex.Pattern.compile(".*carte\\.svg\\?variable=indicateur:.*"));
        checkDesktopAndPhone("cartes-indicateur-departements");

        page.getByLabel("Ce que montre la carte").selectOption("besoin:bv3");
        page.getByLabel("Échelle").selectOption("commune");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher"))
                .click();

        assertThat(page.locator("img.atlas-image")).isVisible();
        assertThat((Integer)
                        page.locator("img.atlas-image").evaluate("img => img.decode().then(() => img.naturalWidth)"))
                .isEqualTo(ChoroplethSvg.WIDTH);
        assertThat(page.locator("table.data-table tbody tr").last()).isVisible();
        checkDesktopAndPhone("cartes-besoin-communes");
    }
}
