package fr.resilience360.action.contribution;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import fr.resilience360.account.Accounts;
import fr.resilience360.web.BrowserTestSupport;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A signed-in user shares an experience feedback on an action; a platform administrator accepts it with a reason; it
 * then shows on the action's fiche, and the author reads the decision in their contributions. Every page passes
 * axe-core and fits a phone's width.
 */
class ContributionJourneyBrowserTest extends BrowserTestSupport {

    private static final String ACTION = "projet-alimentaire-territorial";

    private static final String TOO_WIDE = "Array.from(document.querySelectorAll('body *'))"
            + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
            + ".slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ')";

    @Autowired
    Accounts accounts;

    @Test
    void aUserSharesAFeedbackTheAdministratorAcceptsItAndItShowsOnTheFiche() {
        String text = "Notre PAT a réuni vingt fermes autour de la cantine. " + UUID.randomUUID();
        signIn(accounts.createUser("auteur-" + UUID.randomUUID() + "@exemple.fr", Optional.empty())
                .url());

        page.navigate(url("/actions/proposer"));
        assertThat(page.locator("h1")).hasText("Proposer une action");
        assertThat(page.getByText("En proposant, vous acceptez de publier votre texte sous licence CC BY-SA 4.0"))
                .isVisible();
        check("contribution-action-formulaire");

        page.navigate(url("/actions/" + ACTION));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Partager un retour d'expérience sur cette action"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Proposer ce retour d'expérience"))
                .click();
        assertThat(page.getByLabel("Votre retour d'expérience")).hasAttribute("required", "");
        page.getByLabel("Territoire concerné (en toutes lettres, facultatif)").fill("Communauté de communes d'essai");
        page.getByLabel("Votre retour d'expérience").fill(text);
        page.getByLabel("Comment vous nommer sur la fiche").fill("Camille, chargée de mission");
        check("contribution-retour-formulaire");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Proposer ce retour d'expérience"))
                .click();
        assertThat(page.getByText("Merci : votre contribution est en attente de modération."))
                .isVisible();
        assertThat(page.locator(".contribution").first()).containsText("En attente de modération");
        check("contribution-mes-contributions");

        String admin = "plateforme-" + UUID.randomUUID() + "@exemple.fr";
        signIn(accounts.createPlatformAdmin(admin).url());
        page.navigate(url("/actions/moderation"));
        var item = page.locator(".contribution", new Page.LocatorOptions().setHasText(text));
        item.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Accepter"))
                .click();
        assertThat(page.locator(".contribution", new Page.LocatorOptions().setHasText(text))
                        .getByRole(AriaRole.ALERT))
                .containsText("Le motif de la décision est obligatoire.");
        check("contribution-moderation");
        item = page.locator(".contribution", new Page.LocatorOptions().setHasText(text));
        item.getByLabel("Motif de la décision (obligatoire, montré à l'auteur)").fill("Retour concret, merci.");
        item.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Accepter"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(": acceptée.");

        newVisitor();
        page.navigate(url("/actions/" + ACTION));
        assertThat(page.locator("#retours")).containsText(text);
        assertThat(page.locator("#retours")).containsText("Par Camille, chargée de mission");
        check("contribution-fiche-avec-retour");
    }

    private void signIn(String link) {
        newVisitor();
        page.navigate(local(link));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Me connecter et choisir mon mot de passe"))
                .click();
        page.getByLabel("Nouveau mot de passe").fill("un mot de passe solide");
        page.getByLabel("Confirmation").fill("un mot de passe solide");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le mot de passe"))
                .click();
        assertThat(page.getByText("Votre mot de passe est enregistré.")).isVisible();
    }

    private void check(String name) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(seriousAccessibilityViolations()).as(page.url()).isEmpty();
        shot(name);
        page.setViewportSize(390, 844);
        assertThat(seriousAccessibilityViolations()).as(page.url()).isEmpty();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as(name + " tient dans la largeur d'un téléphone ; trop larges : " + page.evaluate(TOO_WIDE))
                .isLessThanOrEqualTo(390);
        shot(name + "-telephone");
        page.setViewportSize(1280, 720);
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }
}
