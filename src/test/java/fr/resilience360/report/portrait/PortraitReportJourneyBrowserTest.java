package fr.resilience360.report.portrait;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.resilience360.web.BrowserTestSupport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * An anonymous visitor goes from the portrait of CA Lorient Agglomération to its report, reads it (radar, tables,
 * QR codes) on a desktop and on a phone, and downloads the PDF. The page passes axe-core at 1280 and 390 px.
 */
class PortraitReportJourneyBrowserTest extends BrowserTestSupport {

    private static final String LORIENT_AGGLO = "200042174";

    @Test
    void aVisitorReadsTheReportOfTheirEpciAndDownloadsItsPdf() {
        page.navigate(url("/territoires/" + LORIENT_AGGLO + "/diagnostic"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lire le rapport en ligne"))
                .click();
        assertThat(page.locator("h1")).hasText("Portrait de résilience — CA Lorient Agglomération");
        assertThat(page.locator(".radar svg")).isVisible();
        assertThat(page.locator("table.scores tbody tr")).hasCount(11);
        assertThat(page.getByRole(
                        AriaRole.IMG,
                        new Page.GetByRoleOptions()
                                .setName("QR code du portrait en ligne de CA Lorient Agglomération")))
                .isVisible();
        page.locator(".radar")
                .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(Path.of("target/screenshots/rapport-radar.png")));
        checkDesktopAndPhone("rapport-lorient");
        page.setViewportSize(390, 844);
        page.locator(".radar").scrollIntoViewIfNeeded();
        page.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/rapport-telephone-radar.png")));
        page.setViewportSize(1280, 720);

        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Télécharger le rapport (PDF)"))
                        .click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .isEqualTo("portrait-" + LORIENT_AGGLO + ".pdf");
    }
}
