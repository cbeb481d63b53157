package fr.resilience360.action.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Membership;
import fr.resilience360.account.Role;
import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CatalogueAction;
import fr.resilience360.web.BrowserTestSupport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The action plan in Chromium, as an editor of CA Lorient Agglomération: adding a catalogue action from the link the
 * recommendations use and a custom one, a due date in the past (late shown with its reason), a budget line, an
 * indicator with its baseline and target (progress shown), then changing the weights and seeing the order change,
 * and removing the custom action after its confirmation step.
 * Every page passes axe-core at 1280 px and at 390 × 844 without horizontal scrolling; screenshots in
 * {@code target/screenshots}.
 */
class PlanJourneyBrowserTest extends BrowserTestSupport {

    private static final String LORIENT_AGGLO = "200042174";
    private static final String PLAN = "/territoires/" + LORIENT_AGGLO + "/plan";

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Autowired
    Accounts accounts;

    @Autowired
    Catalogue catalogue;

    @Test
    void anEditorBuildsAPlanFollowsAnActionAndReordersItByTheWeights() {
        String editor = "editeur-" + UUID.randomUUID() + "@exemple.fr";
        signInByLink(accounts.createUser(editor, Optional.of(new Membership(LORIENT_AGGLO, Role.EDITEUR)))
                .url());
        CatalogueAction fromCatalogue =
                catalogue.action("projet-alimentaire-territorial").orElseThrow();
        String custom = "Vergers partagés " + UUID.randomUUID().toString().substring(0, 6);

        String need = fromCatalogue.needs().get(0);
        page.navigate(url(PLAN + "?ajouter=" + fromCatalogue.id() + "&besoin=" + need));
        assertThat(page.locator("#justification-preremplie")).containsText("(" + need + ") : ");
        checkDesktopAndPhone("plan-ajout-justifie");
        page.locator("#a-ajouter button").click();
        assertThat(page.locator("h1")).hasText(fromCatalogue.title());
        assertThat(page.locator("dl.facts"))
                .containsText("Ligne du diagnostic " + need + " — Action recommandée pour le besoin faible");
        checkDesktopAndPhone("plan-action-justifiee");
        assertThat(page.getByText("Fiche du catalogue « " + fromCatalogue.id() + " »"))
                .isVisible();

        page.navigate(url(PLAN));
        page.getByLabel("Titre", EXACT).fill(custom);
        page.locator("#nouvelle-besoin-bv1").check();
        page.getByLabel("Coût", EXACT).selectOption("moins-10k");
        page.getByLabel("Difficulté", EXACT).selectOption("faible");
        page.getByLabel("Délai", EXACT).selectOption("court");
        click("Créer l'action personnalisée");
        assertThat(page.locator("h1")).hasText(custom);

        page.getByLabel("Échéance", EXACT).fill("2026-01-15");
        click("Enregistrer");
        assertThat(page.locator("#retard")).hasText("En retard : échéance dépassée depuis le 15 janvier 2026");

        page.getByLabel("Année", EXACT).first().fill("2026");
        page.getByLabel("Prévu (€)", EXACT).fill("5000");
        click("Ajouter la ligne");
        assertThat(page.locator("section[aria-labelledby=budget] tbody")).containsText("5 000,00 €");

        page.getByLabel("Libellé", EXACT).fill("Arbres plantés");
        page.getByLabel("Année de référence", EXACT).fill("2024");
        click("Ajouter l'indicateur");
        point("2024", "resultat", "10");
        point("2030", "objectif", "50");
        point("2026", "resultat", "20");
        assertThat(page.locator("section[aria-labelledby=indicateurs]"))
                .containsText("Progression vers l'objectif : 25 % (de 2024 à 2026, objectif 2030)");
        checkDesktopAndPhone("plan-action");

        weights(Map.of("cobenefices", "10"));
        assertThat(position(fromCatalogue.title())).isLessThan(position(custom));
        weights(Map.of("cout", "10"));
        assertThat(position(custom)).isLessThan(position(fromCatalogue.title()));
        assertThat(page.locator("#tableau-titre")).isVisible();
        checkDesktopAndPhone("plan");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Retirer du plan : " + custom))
                .click();
        page.locator(".plan-removal summary").click();
        assertThat(page.locator(".plan-removal")).containsText("Retirer « " + custom + " » du plan ?");
        checkDesktopAndPhone("plan-action-retrait");
        click("Confirmer le retrait de « " + custom + " »");
        assertThat(page.locator("#retrait-fait")).containsText("« " + custom + " » (action personnalisée)");
        assertThat(page.locator("#liste-actions")).not().containsText(custom);
        checkDesktopAndPhone("plan-retrait");
    }

    private void point(String year, String kind, String value) {
        page.locator("input[id^=point-annee-]").first().fill(year);
        page.locator("select[id^=point-type-]").first().selectOption(kind);
        page.locator("input[id^=point-valeur-]").first().fill(value);
        click("Enregistrer la valeur");
    }

    /** Sets these weights, every other criterion to 0. */
    private void weights(Map<String, String> weights) {
        page.navigate(url(PLAN));
        for (Criterion c : Criterion.values())
            page.locator("#poids-" + c.code()).fill(weights.getOrDefault(c.code(), "0"));
        click("Enregistrer les poids");
    }

    /** The rank of the first action with this title in the plan's list (sorted by priority). */
    private int position(String title) {
        List<String> titles = page.locator("#liste-actions > li h3").allTextContents();
        assertThat(titles).contains(title);
        return titles.indexOf(title);
    }

    private void click(String button) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }
}
