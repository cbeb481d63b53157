package fr.resilience360.report.atlas;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.resilience360.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * « Cartes de France » in Chromium: a visitor opens the typology of the EPCI, switches to an indicator by
 * département, then to a need score by commune (the server's image) and reads a commune's value on the map of its
 * département; another chooses the climate horizon of an exposure map. Every choice lands in the URL; no serious
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

        page.getByLabel("Carte des communes d’un département").selectOption("56");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher ses communes"))
                .click();

        assertThat(page)
                .hasURL(java.util.regex.Pattern.compile(".*niveau=commune.*departement=56#communes-departement"));
        assertThat(page.locator("#zoom-titre")).hasText("Communes : Morbihan (56)");
        assertThat(page.locator("svg.atlas-zoom path")).hasCount(249);
        assertThat((String) page.locator("#c-56121 > title").evaluate("t => t.textContent"))
                .matches("Lorient : \\d,\\d\\d");
        checkDesktopAndPhone("cartes-communes-morbihan");
        page.locator("#c-56121").click(new com.microsoft.playwright.Locator.ClickOptions().setForce(true));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/territoires/56121"));
    }

    @Test
    void aVisitorChoosesTheClimateHorizonOfAnExposureMap() {
        page.navigate(url("/cartes?variable=exposition:canicule&niveau=departement"));
        assertThat(page.locator("h1"))
                .hasText("Exposition : Canicule (0 à 1), horizon 2030 (TRACC-2023, +1,5 °C dans le monde)");

        page.getByLabel("Horizon climatique").selectOption("2100");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Afficher").setExact(true))
                .click();

        assertThat(page)
                .hasURL(java.util.regex.Pattern.compile(
                        ".*variable=exposition%3Acanicule&niveau=departement&horizon=2100"));
        assertThat(page.locator("h1"))
                .hasText("Exposition : Canicule (0 à 1), horizon 2100 (TRACC-2023, +3 °C dans le monde)");
        assertThat(page.locator("#carte-indicateur .legend .swatch")).hasCount(5); // 4 levels + missing
        assertThat(page.locator("#carte-etat")).hasText("");
        for (String link : new String[] {"carte SVG", "carte PNG", "données CSV"})
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link)))
                    .hasAttribute("href", java.util.regex.Pattern.compile(".*&horizon=2100$"));
        checkDesktopAndPhone("cartes-exposition-horizon-2100");
    }
}
