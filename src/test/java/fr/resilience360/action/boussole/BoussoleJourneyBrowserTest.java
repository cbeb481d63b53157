package fr.resilience360.action.boussole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Membership;
import fr.resilience360.account.Role;
import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CatalogueAction;
import fr.resilience360.web.BrowserTestSupport;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Boussole grid in Chromium: an editor of CA Lorient Agglomération assesses a project (some levers fully treated,
 * some partly, with comments), sees the radar and the levers to strengthen with catalogue actions, saves and reopens
 * the assessment; anybody fills the public grid. Every page passes axe-core (no serious or critical violation) at
 * 1280 px and at 390 × 844 without horizontal scrolling; screenshots go to {@code target/screenshots}.
 */
class BoussoleJourneyBrowserTest extends BrowserTestSupport {

    private static final String LORIENT_AGGLO = "200042174";

    @Autowired
    Accounts accounts;

    @Autowired
    Catalogue catalogue;

    @Test
    void anEditorAssessesAProjectSeesTheRadarAndTheLeversToStrengthenSavesAndReopensIt() {
        String editor = "editeur-" + UUID.randomUUID() + "@exemple.fr";
        signInByLink(accounts.createUser(editor, Optional.of(new Membership(LORIENT_AGGLO, Role.EDITEUR)))
                .url());
        String title = "Plan vélo intercommunal " + UUID.randomUUID().toString().substring(0, 6);

        page.navigate(url("/territoires/" + LORIENT_AGGLO + "/boussole"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouvelle évaluation"))
                .click();
        page.getByLabel("Titre du projet, de la politique ou de l'action").fill(title);
        page.getByLabel("Nature").selectOption("projet");
        for (BoussoleLever lever : BoussoleLever.values()) answer(lever, "pleinement");
        answer(BoussoleLever.P1_L1, "en-partie");
        answer(BoussoleLever.P4_L1, "ne-traite-pas");
        answer(BoussoleLever.P4_L2, "en-partie");
        page.getByLabel("Commentaire sur le levier 1.1 (facultatif)").fill("Concertation prévue, pas encore lancée.");
        page.getByLabel("Commentaire sur le levier 4.2 (facultatif)").fill("Seulement les axes principaux.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voir le radar et les leviers à renforcer"))
                .click();
        page.waitForLoadState(LoadState.NETWORKIDLE);

        assertThat(page.locator("#boussole-radar svg")).isVisible();
        assertThat(page.locator("#couverture tbody tr")).hasCount(6);
        assertThat(page.locator("#couverture tbody tr").nth(3)).containsText("50 %");
        assertThat(page.locator(".boussole-suggestions > li")).hasCount(3);
        assertThat(page.locator(".boussole-suggestions > li").first()).hasAttribute("id", "renforcer-p4-l1");
        assertThat(page.locator("#renforcer-p4-l2")).isVisible();
        assertThat(page.locator("#renforcer-p1-l1")).isVisible();
        List<CatalogueAction> serving = catalogue.serving(BoussoleLever.P1_L1);
        assertThat(page.locator("#renforcer-p1-l1 a")).hasCount(Math.min(5, serving.size()));
        if (!serving.isEmpty())
            assertThat(page.locator("#renforcer-p1-l1 a").first())
                    .hasText(serving.get(0).title());
        checkDesktopAndPhone("boussole-apercu");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l'évaluation"))
                .click();
        assertThat(page.getByText("Évaluation enregistrée.")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Boussole de la résilience"))
                .click();
        assertThat(page.locator("table.boussole-list")).containsText(title);
        checkDesktopAndPhone("boussole-liste");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))
                .click();
        assertThat(page.locator("h1")).hasText("Boussole : " + title);
        assertThat(page.locator("input[name=p4-l2][value=en-partie]")).isChecked();
        assertThat(page.locator("input[name=p4-l1][value=ne-traite-pas]")).isChecked();
        assertThat(page.locator("input[name=p6-l3][value=pleinement]")).isChecked();
        assertThat(page.getByLabel("Commentaire sur le levier 4.2 (facultatif)"))
                .hasValue("Seulement les axes principaux.");
        assertThat(page.locator("#boussole-radar svg")).isVisible();
        checkDesktopAndPhone("boussole-evaluation");
    }

    @Test
    void anyoneFillsThePublicGridAndSeesTheRadarWithoutSaving() {
        page.navigate(url("/boussole"));
        checkDesktopAndPhone("boussole-publique");
        for (BoussoleLever lever : BoussoleLever.values()) answer(lever, "en-partie");
        answer(BoussoleLever.P2_L1, "pleinement");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voir le radar et les leviers à renforcer"))
                .click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("#boussole-radar svg")).isVisible();
        assertThat(page.locator(".boussole-suggestions > li")).hasCount(17);
        checkDesktopAndPhone("boussole-publique-resultats");
    }

    private void answer(BoussoleLever lever, String value) {
        page.locator("input[name=" + lever.code() + "][value=" + value + "]").check();
    }
}
