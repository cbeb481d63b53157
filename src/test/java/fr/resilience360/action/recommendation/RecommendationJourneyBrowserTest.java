package fr.resilience360.action.recommendation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import fr.resilience360.web.BrowserTestSupport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, items 4 and 8, in Chromium as an anonymous visitor: from the weakest need of CA Lorient Agglomération's
 * portrait, « Que faire ? » leads to the actions that improve it, each with its reason; then the whole ranking. Every
 * page passes axe-core and fits a phone's width; screenshots go to {@code target/screenshots}.
 */
class RecommendationJourneyBrowserTest extends BrowserTestSupport {

    private static final String LORIENT_AGGLO = "200042174";

    private static final String TOO_WIDE = "Array.from(document.querySelectorAll('body *'))"
            + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
            + ".slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ')";

    @Test
    void aVisitorGoesFromThePortraitsWeakestNeedToTheActionsThatImproveIt() {
        page.navigate(url("/territoires/" + LORIENT_AGGLO + "/diagnostic"));
        Locator whatToDo = page.locator("a.what-to-do").first();
        String need = whatToDo.getAttribute("href").replaceAll(".*#besoin-", "");
        whatToDo.click();
        assertThat(page.locator("h1")).hasText("Que faire ? Actions recommandées pour CA Lorient Agglomération");
        assertThat(page.locator("#besoin-" + need + " h2")).containsText("Actions qui améliorent");
        assertThat(page.locator("#base")).containsText("Diagnostic 360° prérempli avec les données ouvertes");
        assertThat(page.locator("#besoin-" + need + " li.card").first()).containsText("Le besoin « ");
        check("recommandations-besoin");

        page.navigate(url("/territoires/" + LORIENT_AGGLO + "/recommandations"));
        assertThat(page.locator("#besoins-titre")).isVisible();
        assertThat(page.locator("li.card").first()).containsText("1. ");
        assertThat(page.locator("a[href='/territoires/" + LORIENT_AGGLO + "/plan']"))
                .isVisible();
        check("recommandations");
    }

    /** axe-core on desktop and at 390 × 844 without horizontal scrolling, with a screenshot of each. */
    private void check(String name) {
        noSeriousViolation();
        shot(name);
        page.setViewportSize(390, 844);
        noSeriousViolation();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as(name + " tient dans la largeur d'un téléphone ; trop larges : " + page.evaluate(TOO_WIDE))
                .isLessThanOrEqualTo(390);
        shot(name + "-telephone");
        page.setViewportSize(1280, 720);
    }

    private void noSeriousViolation() {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(seriousAccessibilityViolations()).as(page.url()).isEmpty();
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }
}
