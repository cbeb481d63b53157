package fr.resilience360.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Membership;
import fr.resilience360.account.Role;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14, the admin pages reserved to platform administrators, in Chromium: an administrator reads the imports page;
 * an editor of a territory is shown the French refusal page. Both pass axe-core and fit the width at 1280 and 390
 * pixels; screenshots {@code target/screenshots/admin-imports*.png}, {@code admin-refus*.png}.
 */
class AdminPagesJourneyBrowserTest extends BrowserTestSupport {

    @Autowired
    Accounts accounts;

    @Test
    void aPlatformAdministratorReadsTheImportsPage() {
        signInByLink(accounts.createPlatformAdmin("plateforme-" + UUID.randomUUID() + "@exemple.fr")
                .url());
        page.navigate(url("/admin/imports"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Imports de l'observatoire");
        checkDesktopAndPhone("admin-imports");
    }

    @Test
    void anEditorIsShownTheFrenchRefusal() {
        signInByLink(accounts.createUser(
                        "editeur-" + UUID.randomUUID() + "@exemple.fr",
                        Optional.of(new Membership("200042174", Role.EDITEUR)))
                .url());
        page.navigate(url("/admin/imports"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Accès refusé");
        checkDesktopAndPhone("admin-refus");
    }
}
