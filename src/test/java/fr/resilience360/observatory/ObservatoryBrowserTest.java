package fr.resilience360.observatory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.LoadState;
import fr.resilience360.web.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The observatory's pages in Chromium: accessible (axe-core), and the national map draws every territory. */
class ObservatoryBrowserTest extends BrowserTestSupport {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/observatoire",
                "/observatoire/indicateurs/part_residences_secondaires",
                "/observatoire/indicateurs/apl_infirmiers?niveau=departement",
                "/observatoire/territoires/200042174",
                "/observatoire/territoires/56121",
                "/observatoire/imports"
            })
    void pageHasNoSeriousAccessibilityViolation(String path) {
        page.navigate(url(path));
        page.waitForLoadState(LoadState.NETWORKIDLE);

        assertThat(seriousAccessibilityViolations()).as(path).isEmpty();
    }

    @Test
    void theNationalMapColoursEveryDepartementAndShowsItsLegend() {
        page.navigate(url("/observatoire/indicateurs/part_residences_secondaires?niveau=departement"));

        assertThat(page.locator("#carte-etat"))
                .containsText("quintiles des 96 territoires"); // no overseas département in the census file
        assertThat(page.locator("#carte-legende span")).hasCount(6);
        assertThat(page.locator("#carte path.leaflet-interactive").count()).isGreaterThanOrEqualTo(101);
    }
}
