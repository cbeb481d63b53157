package fr.resilience360.action;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Membership;
import fr.resilience360.account.Role;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import fr.resilience360.web.BrowserTestSupport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12, item 8, in Chromium: an editor of a commune goes from the weakest need of its portrait to a prioritised
 * plan — « Que faire ? », the actions that improve that need with their reasons, two of them added to the plan from
 * the recommendations, then the plan sorted by priority with the reasons of each rank, and the recommendations marking
 * what the plan already holds. Each run takes a commune whose plan holds no catalogue action yet.
 */
class DiagnosisToPlanJourneyBrowserTest extends BrowserTestSupport {

    @Autowired
    Accounts accounts;

    @Autowired
    TerritoryDirectory directory;

    @Autowired
    PlannedActions planned;

    @Test
    void anEditorGoesFromThePortraitsWeakestNeedToAPrioritisedPlan() {
        TerritorySummary commune = communeWithoutPlan();
        String editor = "editeur-" + UUID.randomUUID() + "@exemple.fr";
        signInByLink(accounts.createUser(editor, Optional.of(new Membership(commune.id(), Role.EDITEUR)))
                .url());

        page.navigate(url("/territoires/" + commune.id() + "/diagnostic"));
        Locator whatToDo = page.locator("a.what-to-do").first();
        String need = whatToDo.getAttribute("href").replaceAll(".*#besoin-", "");
        whatToDo.click();
        Locator recommended = page.locator("#besoin-" + need + " li.card");
        assertThat(recommended.first()).containsText("Le besoin « ");
        List<String> added = List.of(addToPlan(commune, need, 0), addToPlan(commune, need, 1));

        page.navigate(url("/territoires/" + commune.id() + "/plan"));
        List<String> titles = page.locator("#liste-actions > li h3").allTextContents();
        assertThat(titles).containsAll(added);
        assertThat(priorities()).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(page.locator("#liste-actions > li details").first()).containsText("Impact sur les besoins faibles");
        checkDesktopAndPhone("parcours-plan-priorise");

        page.navigate(url("/territoires/" + commune.id() + "/recommandations?besoin=" + need + "#besoin-" + need));
        assertThat(recommended.first().locator(".badge")).hasText("déjà dans le plan");
        checkDesktopAndPhone("parcours-recommandations-dans-le-plan");
    }

    /** Adds the recommended action at this position under the need to the plan; its title. */
    private String addToPlan(TerritorySummary commune, String need, int position) {
        page.navigate(url("/territoires/" + commune.id() + "/recommandations?besoin=" + need + "#besoin-" + need));
        Locator card = page.locator("#besoin-" + need + " li.card").nth(position);
        String title = card.locator("h3 a").first().textContent().strip();
        card.locator("a.add-to-plan").click();
        page.locator("#a-ajouter button").click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertThat(page.locator("h1")).hasText(title);
        return title;
    }

    /** The priority of each action of the plan's list, in the list's order (unknown ones last, as -1). */
    private List<Integer> priorities() {
        return page.locator("#liste-actions > li .result-meta").allTextContents().stream()
                .map(text -> text.replaceAll("(?s).*Priorité : (\\d+|inconnue).*", "$1"))
                .map(p -> p.equals("inconnue") ? -1 : Integer.parseInt(p))
                .toList();
    }

    private TerritorySummary communeWithoutPlan() {
        List<TerritorySummary> communes = new ArrayList<>(directory.ofType(TerritoryType.COMMUNE));
        Collections.shuffle(communes, new Random());
        return communes.stream()
                .filter(c -> c.population() != null && c.population() > 5_000)
                .filter(c -> planned.catalogueIds(c.id()).isEmpty())
                .findFirst()
                .orElseThrow();
    }
}
