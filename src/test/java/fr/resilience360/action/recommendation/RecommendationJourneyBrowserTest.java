package fr.resilience360.action.recommendation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import fr.resilience360.web.BrowserTestSupport;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, items 4 and 8, in Chromium as an anonymous visitor: from the weakest need of CA Lorient Agglomération's
 * portrait, « Que faire ? » leads to the actions that improve it, each with its reason; then the whole ranking. Every
 * page passes axe-core and fits a phone's width; screenshots go to {@code target/screenshots}.
 */
class RecommendationJourneyBrowserTest extends BrowserTestSupport {

    private static final String LORIENT_AGGLO = "200042174";

    @Test
    void aVisitorGoesFromThePortraitsWeakestNeedToTheActionsThatImproveIt() {
        page.navigate(url("/territoires/" + LORIENT_AGGLO + "/diagnostic"));
        Locator whatToDo = page.locator("a.what-to-do").first();
        String need = whatToDo.getAttribute("href").replaceAll(".*#besoin-", "");
        whatToDo.click();
        assertThat(page.locator("h1")).hasText("Que faire ? Actions recommandées pour CA Lorient Agglomération");
        assertThat(page.locator("#besoin-" + need + " h2")).containsText("Actions qui améliorent");
        // Lorient's base is the open-data pre-fill until a journey publishes a diagnostic of it (the database persists)
        assertThat(page.locator("#base"))
                .containsText(Pattern.compile(
                        "Diagnostic 360° prérempli avec les données ouvertes|diagnostic publié n° \\d+"));
        assertThat(page.locator("#besoin-" + need + " li.card").first()).containsText("Le besoin « ");
        checkDesktopAndPhone("recommandations-besoin");

        page.navigate(url("/territoires/" + LORIENT_AGGLO + "/recommandations"));
        assertThat(page.locator("#besoins-titre")).isVisible();
        assertThat(page.locator("li.card").first()).containsText("1. ");
        assertThat(page.locator("a[href='/territoires/" + LORIENT_AGGLO + "/plan']"))
                .isVisible();
        checkDesktopAndPhone("recommandations");
    }
}
