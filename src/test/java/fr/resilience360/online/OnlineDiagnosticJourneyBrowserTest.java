package fr.resilience360.online;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Membership;
import fr.resilience360.account.Role;
import fr.resilience360.web.BrowserTestSupport;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 9's journeys in Chromium: from an invitation to a published portrait of CA Lorient Agglomération, and a second
 * account that cannot see the draft. Pages on the way pass axe-core; screenshots go to {@code target/screenshots}.
 */
class OnlineDiagnosticJourneyBrowserTest extends BrowserTestSupport {

    private static final String LORIENT_AGGLO = "200042174";
    private static final String PASSWORD = "un mot de passe solide";

    @Autowired
    Accounts accounts;

    @Test
    void anInvitedAgentFillsAndPublishesTheDiagnosticOfTheirEpciAndAStrangerCannotSeeTheDraft() {
        String admin = email("admin");
        signIn(accounts.createUser(admin, Optional.of(new Membership(LORIENT_AGGLO, Role.ADMIN)))
                .url());
        page.navigate(url("/compte/territoires/" + LORIENT_AGGLO + "/membres"));
        String agent = email("agent");
        page.getByLabel("Adresse électronique", new Page.GetByLabelOptions().setExact(true))
                .fill(agent);
        page.getByLabel("Rôle", new Page.GetByLabelOptions().setExact(true)).selectOption("admin");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer l'invitation"))
                .click();
        String invitation = page.locator("code").innerText();

        newVisitor();
        page.navigate(local(invitation));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter l'invitation"))
                .click();
        choosePassword();

        for (String path :
                new String[] {"/compte", "/compte/jetons", "/compte/territoires/" + LORIENT_AGGLO + "/membres"}) {
            page.navigate(url(path));
            noSeriousViolation();
            page.setViewportSize(390, 844);
            noSeriousViolation();
            assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                    .as(path + " tient dans la largeur d'un téléphone")
                    .isLessThanOrEqualTo(390);
            page.setViewportSize(1280, 720);
        }
        page.navigate(url("/territoires/" + LORIENT_AGGLO + "/diagnostics"));
        noSeriousViolation();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Démarrer avec les données ouvertes"))
                .click();
        assertThat(page.locator("h1")).hasText("Diagnostic 360° de CA Lorient Agglomération");
        String draft = page.url();
        shot("portrait-brouillon");
        noSeriousViolation();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se nourrir"))
                .click();
        var field = page.locator(".row-form .value-input[inputmode=decimal]").first();
        String row = field.getAttribute("id").replace("valeur-", "");
        field.fill("12,5");
        assertThat(page.locator("#etat-" + row)).containsText("Enregistré à");
        assertThat(page.locator("#note-" + row)).not().hasText("Note —");
        shot("besoin-se-nourrir");
        noSeriousViolation();
        page.reload();
        assertThat(page.locator("#valeur-" + row)).hasValue("12,5");
        page.setViewportSize(390, 844);
        noSeriousViolation();
        shot("besoin-telephone");
        page.navigate(draft);
        noSeriousViolation();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("le portrait tient dans la largeur d'un téléphone")
                .isLessThanOrEqualTo(390);
        shot("portrait-telephone");
        page.setViewportSize(1280, 720);

        page.navigate(draft);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier cette version"))
                .click();
        assertThat(page.getByText("Version publiée")).isVisible();
        String published = page.url().replace("?publie", "");
        shot("portrait-publie");

        newVisitor();
        page.navigate(published);
        assertThat(page.locator("h1")).hasText("Diagnostic 360° de CA Lorient Agglomération");
        assertThat(page.getByText("Version 1, publiée le")).isVisible();

        signIn(accounts.createUser(email("voisin"), Optional.of(new Membership("245600440", Role.ADMIN)))
                .url());
        var response = page.navigate(draft);
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.content()).doesNotContain("Se nourrir");
    }

    private void signIn(String link) {
        newVisitor();
        page.navigate(local(link));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Me connecter et choisir mon mot de passe"))
                .click();
        choosePassword();
    }

    private void choosePassword() {
        page.getByLabel("Nouveau mot de passe").fill(PASSWORD);
        page.getByLabel("Confirmation").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le mot de passe"))
                .click();
        assertThat(page.getByText("Votre mot de passe est enregistré.")).isVisible();
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

    private static String email(String who) {
        return who + "-" + UUID.randomUUID() + "@exemple.fr";
    }
}
