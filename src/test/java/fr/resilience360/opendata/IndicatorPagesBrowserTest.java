package fr.resilience360.opendata;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/** The observatory's national map in Chromium: every territory drawn, coloured by quintile, with its legend. */
class IndicatorPagesBrowserTest extends BrowserTestSupport {

    @Test
    void theNationalMapColoursEveryDepartementAndShowsItsLegend() {
        page.navigate(url("/indicateurs/part_residences_secondaires?niveau=departement"));

        assertThat(page.locator("#carte-indicateur .legend .swatch")).hasCount(6); // 5 quintiles + missing
        assertThat(page.locator("#carte-etat")).hasText("");
        assertThat(page.locator("#carte-indicateur path.leaflet-interactive").count())
                .isGreaterThanOrEqualTo(101);
    }

    @Test
    void theTerritoryPageLoadsItsIndicatorsWithPositions() {
        page.navigate(url("/territoires/200042174"));

        assertThat(page.locator("#indicateurs .pbar-text").first()).containsText("centile");
    }
}
