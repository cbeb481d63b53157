package fr.resilience360.action.contribution;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.resilience360.account.Accounts;
import fr.resilience360.web.BrowserTestSupport;
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

    @Autowired
    Accounts accounts;

    @Test
    void aUserSharesAFeedbackTheAdministratorAcceptsItAndItShowsOnTheFiche() {
        String text = "Notre PAT a réuni vingt fermes autour de la cantine. " + UUID.randomUUID();
        signInByLink(accounts.createUser("auteur-" + UUID.randomUUID() + "@exemple.fr", Optional.empty())
                .url());

        page.navigate(url("/actions/proposer"));
        assertThat(page.locator("h1")).hasText("Proposer une action");
        assertThat(page.getByText("En proposant, vous acceptez de publier votre texte sous licence CC BY-SA 4.0"))
                .isVisible();
        checkDesktopAndPhone("contribution-action-formulaire");

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
        checkDesktopAndPhone("contribution-retour-formulaire");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Proposer ce retour d'expérience"))
                .click();
        assertThat(page.getByText("Merci : votre contribution est en attente de modération."))
                .isVisible();
        assertThat(page.locator(".contribution").first()).containsText("En attente de modération");
        checkDesktopAndPhone("contribution-mes-contributions");

        String admin = "plateforme-" + UUID.randomUUID() + "@exemple.fr";
        signInByLink(accounts.createPlatformAdmin(admin).url());
        page.navigate(url("/actions/moderation"));
        var item = page.locator(".contribution", new Page.LocatorOptions().setHasText(text));
        item.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Accepter"))
                .click();
        assertThat(page.locator(".contribution", new Page.LocatorOptions().setHasText(text))
                        .getByRole(AriaRole.ALERT))
                .containsText("Le motif de la décision est obligatoire.");
        checkDesktopAndPhone("contribution-moderation");
        item = page.locator(".contribution", new Page.LocatorOptions().setHasText(text));
        item.getByLabel("Motif de la décision (obligatoire, montré à l'auteur)").fill("Retour concret, merci.");
        item.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Accepter"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(": acceptée.");

        newVisitor();
        page.navigate(url("/actions/" + ACTION));
        assertThat(page.locator("#retours")).containsText(text);
        assertThat(page.locator("#retours")).containsText("Par Camille, chargée de mission");
        checkDesktopAndPhone("contribution-fiche-avec-retour");
    }
}
