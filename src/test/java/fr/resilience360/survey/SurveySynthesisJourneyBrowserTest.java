package fr.resilience360.survey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Membership;
import fr.resilience360.account.Role;
import fr.resilience360.territory.Territories;
import fr.resilience360.web.BrowserTestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11, item 4, in Chromium: a member of the territory opens the synthesis of a survey with web and paper
 * answers, keeps the paper ones, searches a free text, crosses two questions and downloads the CSV. The page passes
 * axe-core at 1280 and 390 pixels and fits a phone's width; screenshots go to {@code target/screenshots}.
 */
class SurveySynthesisJourneyBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "un mot de passe solide";
    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);
    private static final Instant NOV_30 = Instant.parse("2026-11-30T10:00:00Z");

    @Autowired
    Surveys surveys;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberFiltersSearchesCrossesAndDownloadsTheAnswers() throws IOException {
        long id = surveyWithAnswers();
        signIn(accounts.createUser(
                        "lecteur-" + UUID.randomUUID() + "@exemple.fr",
                        Optional.of(new Membership(SurveyFixtures.LORIENT_AGGLO, Role.LECTEUR)))
                .url());

        page.navigate(url("/enquetes/" + id + "/synthese"));
        assertThat(page.locator("#effectif")).containsText("20 réponses retenues");
        assertThat(page.locator(".survey-chart svg").first()).isVisible();
        check("enquete-synthese");

        page.getByLabel("Source", EXACT).selectOption("papier");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Appliquer les filtres")
                                .setExact(true))
                .click();
        assertThat(page.locator("#effectif")).containsText("8 réponses retenues sur 20");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("source=papier"));

        page.getByLabel("Rechercher dans les textes", EXACT).fill("JARDIN partage");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Rechercher").setExact(true))
                .click();
        assertThat(page.locator("#textes-compte")).hasText("1 texte, page 1 sur 1.");
        assertThat(page.locator(".survey-texts")).containsText("Un jardin partagé au bourg");

        page.getByLabel("En lignes", EXACT).selectOption("besoin_eau");
        page.getByLabel("En colonnes", EXACT).selectOption("anciennete");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Croiser").setExact(true))
                .click();
        assertThat(page.locator(".cross-tab")).containsText("< 5");
        assertThat(page.locator("#effectif")).containsText("8 réponses retenues");
        check("enquete-synthese-filtree");

        Download download = page.waitForDownload(
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("CSV (Excel)"))
                        .click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid;recu_le;source;code_feuille;");
        assertThat(csv.split("\r\n")).hasSize(9);
    }

    /** 12 web answers and 8 paper ones, one with a text to find. */
    private long surveyWithAnswers() {
        long id = surveys.create(territories.require(SurveyFixtures.LORIENT_AGGLO), "habitants", "essai")
                .id();
        for (int i = 0; i < 12; i++) SynthesisFixtures.web(jdbc, id, NOV_30, """
                    {"anciennete": "plus_10_ans", "besoin_eau": 4, "preparation_foyer": ["reserve_eau", "rien"],
                     "besoins_fragiles": ["bi2", "bv4"], "personnes_foyer": 3}""");
        for (int i = 0; i < 8; i++)
            SynthesisFixtures.paper(jdbc, id, NOV_30, "F-" + UUID.randomUUID(), "benevole@exemple.fr", """
                    {"anciennete": "%s", "besoin_eau": %d, "idee_projet": "%s"}""".formatted(
                            i < 6 ? "plus_10_ans" : "moins_2_ans",
                            i % 2 + 2,
                            i == 0 ? "Un jardin partagé au bourg" : "Idée " + i));
        return id;
    }

    private void check(String name) {
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, width == 390 ? 844 : 900);
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(seriousAccessibilityViolations())
                    .as(page.url() + " à " + width + " px")
                    .isEmpty();
            assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                    .as(name + " tient dans " + width + " px")
                    .isLessThanOrEqualTo(width);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/" + name + "-" + width + ".png"))
                    .setFullPage(true));
        }
        page.setViewportSize(1280, 900);
    }

    private void signIn(String link) {
        newVisitor();
        page.navigate(local(link));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Me connecter et choisir mon mot de passe"))
                .click();
        page.getByLabel("Nouveau mot de passe").fill(PASSWORD);
        page.getByLabel("Confirmation").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le mot de passe"))
                .click();
        assertThat(page.getByText("Votre mot de passe est enregistré.")).isVisible();
    }
}
