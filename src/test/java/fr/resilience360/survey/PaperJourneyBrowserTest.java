package fr.resilience360.survey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Media;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Membership;
import fr.resilience360.account.Role;
import fr.resilience360.territory.Territories;
import fr.resilience360.web.BrowserTestSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, paper answers, in Chromium: a volunteer prints sheets, enters one, is refused when entering it again,
 * checks a CSV file with errors, fixes it and imports it. Each page passes axe-core and fits 1280 and 390 pixels;
 * screenshots (and the printed form as PDF) go to {@code target/screenshots}.
 */
class PaperJourneyBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "un mot de passe solide";

    @Autowired
    Surveys surveys;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Test
    void aVolunteerPrintsEntersASheetOnceAndImportsAFileOnceItIsRight() {
        CreatedSurvey survey =
                surveys.create(territories.require(SurveyFixtures.LORIENT_AGGLO), "entreprises", "essai");
        String base = "/enquetes/" + survey.id();
        signIn(accounts.createUser(
                        "benevole-" + UUID.randomUUID() + "@exemple.fr",
                        Optional.of(new Membership(SurveyFixtures.LORIENT_AGGLO, Role.CONTRIBUTEUR)))
                .url());
        page.setViewportSize(1280, 900);

        page.navigate(url(base + "/papier?feuilles=4"));
        assertThat(page.locator(".paper-sheet")).hasCount(4);
        check("papier-formulaire-1280", 1280);
        page.pdf(new Page.PdfOptions().setPath(Path.of("target/screenshots/papier-formulaire.pdf")));
        lookAtTheFirstPrintedPage();
        String first = new SheetCode(survey.id(), 1).toString();

        page.navigate(url(base + "/saisie"));
        enterSheet(first);
        assertThat(page.locator("#feuille-enregistree")).containsText("Feuille " + first + " enregistrée (réponse n°");
        assertThat(page.locator(".paper-counter")).hasText("Une feuille saisie pour cette enquête.");
        assertThat(page.getByLabel("Code de la feuille")).hasValue("");
        check("papier-saisie-1280", 1280);
        enterSheet(first.toLowerCase());
        assertThat(page.locator("#erreurs")).containsText("La feuille " + first + " a déjà été saisie le");
        check("papier-saisie-refus-1280", 1280);

        page.navigate(url(base + "/import"));
        String header = "feuille;secteur;effectif;plan_continuite;dependance_energie\n";
        verify(header + new SheetCode(survey.id(), 2) + ";commerce;4;non;7\n" + first + ";commerce;2;non;3\n");
        assertThat(page.locator("#erreurs-import"))
                .containsText("Ligne 2, colonne dependance_energie : une note entière de 1 à 5 est attendue");
        assertThat(page.locator("#erreurs-import")).containsText("Ligne 3, colonne feuille : la feuille " + first);
        check("papier-import-erreurs-1280", 1280);
        verify(header + new SheetCode(survey.id(), 2) + ";commerce;4;non;5\n" + new SheetCode(survey.id(), 3)
                + ";services;1;en_cours;\n");
        assertThat(page.locator("#pretes")).hasText("2 réponses prêtes à importer.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer"))
                .click();
        assertThat(page.locator("#import-fait")).hasText("2 réponses importées.");
        check("papier-import-fait-1280", 1280);

        page.setViewportSize(390, 844);
        for (String path : new String[] {"/saisie", "/import", "/papier"}) {
            page.navigate(url(base + path));
            check("papier" + path.replace('/', '-') + "-390", 390);
        }
        page.navigate(url(base + "/saisie"));
        assertThat(page.locator(".paper-counter")).hasText("3 feuilles saisies pour cette enquête.");
    }

    /** The top of the page on screen, and its first A4 page as printed (794 × 1123 pixels at 96 dpi). */
    private void lookAtTheFirstPrintedPage() {
        page.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/papier-formulaire-haut-1280.png")));
        page.setViewportSize(794, 1123);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".site-header")).isHidden();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/papier-impression-a4.png")));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        page.setViewportSize(1280, 900);
    }

    private void enterSheet(String code) {
        page.getByLabel("Code de la feuille").fill(code);
        page.locator("#q-secteur-commerce").check();
        page.getByLabel("Combien de personnes travaillent").fill("6");
        page.locator("#q-plan_continuite-non").check();
        page.locator("#q-dependance_energie-4").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la feuille"))
                .click();
    }

    private void verify(String csv) {
        page.getByLabel("Fichier CSV des feuilles")
                .setInputFiles(new FilePayload("feuilles.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vérifier"))
                .click();
    }

    private void signIn(String link) {
        page.navigate(local(link));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Me connecter et choisir mon mot de passe"))
                .click();
        page.getByLabel("Nouveau mot de passe").fill(PASSWORD);
        page.getByLabel("Confirmation").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le mot de passe"))
                .click();
        assertThat(page.getByText("Votre mot de passe est enregistré.")).isVisible();
    }

    private void check(String name, int width) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(seriousAccessibilityViolations()).as(name).isEmpty();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as(name + " tient dans la largeur de l'écran")
                .isLessThanOrEqualTo(width);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }
}
