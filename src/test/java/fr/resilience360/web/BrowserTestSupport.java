package fr.resilience360.web;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Journeys in Debian's Chromium ({@code /usr/bin/chromium}, never a downloaded browser) against the whole
 * application on a random port, with the real embedded PostgreSQL and bundled data. Classes named
 * {@code *BrowserTest} run in Maven's integration-test phase ({@code mvn verify}).
 */
// a server context of its own, so on a database directory of its own (one instance per data directory)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "resilience360.database.data-directory=target/browser-test-database/postgres")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestSupport {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    @LocalServerPort
    int port;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    protected Page page;

    @BeforeAll
    void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium introuvable (" + CHROMIUM
                    + ") : installez-le avec « apt-get install -y chromium » (ce que fait .ci/run).");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless=new",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"));
        page = context.newPage();
        page.setDefaultTimeout(20_000);
        // a first request warms the JIT, templates and security filters: seconds on a busy 2-core machine
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
        playwright.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A new visitor: a fresh browser context, without the cookies of the previous one. */
    protected void newVisitor() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"));
        page = context.newPage();
        page.setDefaultTimeout(20_000);
    }

    /** A link the application printed for its configured base address, on this test's server. */
    protected String local(String printedLink) {
        return url(printedLink.substring(printedLink.indexOf('/', "https://".length())));
    }

    protected void usePhone() {
        context.close();
        context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("fr-FR")
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
        page = context.newPage();
    }

    /** A new visitor signs in by a one-time link and chooses a password, as a new member does. */
    protected void signInByLink(String link) {
        newVisitor();
        page.navigate(local(link));
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Me connecter et choisir mon mot de passe"))
                .click();
        page.getByLabel("Nouveau mot de passe").fill("un mot de passe solide");
        page.getByLabel("Confirmation").fill("un mot de passe solide");
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Enregistrer le mot de passe"))
                .click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                        page.getByText("Votre mot de passe est enregistré."))
                .isVisible();
    }

    /** The first elements wider than the window, for the message of a failed width check. */
    protected static final String TOO_WIDE = "Array.from(document.querySelectorAll('body *'))"
            + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
            + ".slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ')";

    /**
     * No serious or critical axe-core violation at 1280 × 720 and at 390 × 844, no horizontal scrolling at either
     * width, and a full-page screenshot of each: {@code target/screenshots/{name}.png} and {@code {name}-telephone.png}.
     */
    protected void checkDesktopAndPhone(String name) {
        page.setViewportSize(1280, 720);
        noSeriousViolation();
        fitsIn(name, 1280);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
        page.setViewportSize(390, 844);
        noSeriousViolation();
        fitsIn(name, 390);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + "-telephone.png"))
                .setFullPage(true));
        page.setViewportSize(1280, 720);
    }

    private void fitsIn(String name, int width) {
        org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as(name + " tient dans " + width + " pixels ; trop larges : " + page.evaluate(TOO_WIDE))
                .isLessThanOrEqualTo(width);
    }

    private void noSeriousViolation() {
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        org.assertj.core.api.Assertions.assertThat(seriousAccessibilityViolations())
                .as(page.url())
                .isEmpty();
    }

    /** axe-core violations of impact serious or critical, one line each (rule, impact, first element). */
    protected List<String> seriousAccessibilityViolations() {
        return new AxeBuilder(page)
                .analyze().getViolations().stream()
                        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                        .map(BrowserTestSupport::describe)
                        .collect(Collectors.toList());
    }

    private static String describe(Rule rule) {
        String target = rule.getNodes().isEmpty()
                ? ""
                : String.valueOf(rule.getNodes().get(0).getTarget());
        return rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " — " + target;
    }
}
