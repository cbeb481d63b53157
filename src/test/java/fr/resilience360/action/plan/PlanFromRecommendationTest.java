package fr.resilience360.action.plan;

import static fr.resilience360.online.OnlineFixtures.LORIENT_AGGLO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.account.Role;
import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CatalogueAction;
import fr.resilience360.online.OnlineFixtures;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.vulnerability.NeedScoreSource;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * « Ajouter au plan d'action » on a recommended action carries the weak need that made it recommended; the action
 * added keeps it as its justification — a diagnostic line naming the need, with its real score and base (the same
 * scores as the recommendations), never a made-up figure.
 */
@IntegrationTest
class PlanFromRecommendationTest {

    static final String PAGE = PlanEndpointTable.PAGE;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Catalogue catalogue;

    @Autowired
    Plans plans;

    @Autowired
    Territories territories;

    @Autowired
    NeedScoreSource scores;

    @Test
    void theRecommendationsLinkCarriesTheWeakNeedAndTheAddedActionIsJustifiedByItsRealScore() throws Exception {
        TerritorySummary agglo = territories.require(LORIENT_AGGLO);
        String editor = OnlineFixtures.member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        MvcTestResult recommendations = mvc.get()
                .uri("/territoires/" + LORIENT_AGGLO + "/recommandations?besoin=be2")
                .with(OnlineFixtures.as(editor))
                .exchange();
        assertThat(recommendations).hasStatusOk();
        Matcher link = Pattern.compile("/plan\\?ajouter=([a-z0-9-]+)&amp;besoin=be2#a-ajouter")
                .matcher(recommendations.getResponse().getContentAsString());
        assertThat(link.find())
                .as("a link « Ajouter au plan d'action » with the need")
                .isTrue();
        CatalogueAction action = catalogue.action(link.group(1)).orElseThrow();

        NeedScoreSource.Scores s = scores.of(agglo);
        Double score = s.byNeed().get("be2");
        String figure = score == null ? "score non calculé" : String.format(Locale.FRANCE, "score %.2f sur 1", score);
        String base =
                s.diagnosticId() != null ? "dernier diagnostic publié" : "pré-remplissage par les données ouvertes";
        MvcTestResult page = mvc.get()
                .uri(PAGE + "?ajouter=" + action.id() + "&besoin=be2")
                .with(OnlineFixtures.as(editor))
                .exchange();
        assertThat(page)
                .bodyText()
                .contains("Justification enregistrée avec l'action", "(be2) : " + figure, base)
                .contains("name=\"besoin\" value=\"be2\"");

        MvcTestResult added = mvc.post()
                .uri(PAGE + "/actions")
                .param("catalogue", action.id())
                .param("besoin", "be2")
                .with(OnlineFixtures.as(editor))
                .with(csrf())
                .exchange();
        assertThat(added).hasStatus(302);
        long id = Long.parseLong(added.getResponse().getRedirectedUrl().replaceFirst("^.*/actions/", ""));
        Justification j = plans.require(agglo.id(), id).fields().justification();
        assertThat(j.kind()).isEqualTo(JustificationKind.LIGNE_DIAGNOSTIC);
        assertThat(j.reference()).isEqualTo("be2");
        assertThat(j.text())
                .startsWith("Action recommandée pour le besoin faible « ")
                .contains(figure, base);
        assertThat(plans.require(agglo.id(), id).catalogueId()).isEqualTo(action.id());
    }

    @Test
    void withoutANeedTheActionHasNoJustificationAndAnUnknownNeedIsRefusedNamingTheField() {
        String editor = OnlineFixtures.member(accounts, Role.EDITEUR, LORIENT_AGGLO);
        String catalogueId = catalogue.actions().get(2).id();
        MvcTestResult plain = mvc.post()
                .uri(PAGE + "/actions")
                .param("catalogue", catalogueId)
                .with(OnlineFixtures.as(editor))
                .with(csrf())
                .exchange();
        long id = Long.parseLong(plain.getResponse().getRedirectedUrl().replaceFirst("^.*/actions/", ""));
        assertThat(plans.require(LORIENT_AGGLO, id).fields().justification()).isEqualTo(Justification.NONE);

        MvcTestResult unknown = mvc.post()
                .uri(PAGE + "/actions")
                .param("catalogue", catalogueId)
                .param("besoin", "zz9")
                .with(OnlineFixtures.as(editor))
                .with(csrf())
                .exchange();
        assertThat(unknown).hasStatus(400);
        assertThat(unknown).bodyText().contains("besoin : Aucun besoin du Diagnostic 360° n&#39;a le code « zz9 ».");
        MvcTestResult lenient = mvc.get()
                .uri(PAGE + "?ajouter=" + catalogueId + "&besoin=zz9")
                .with(OnlineFixtures.as(editor))
                .exchange();
        assertThat(lenient).hasStatusOk();
        assertThat(lenient).bodyText().doesNotContain("justification-preremplie", "name=\"besoin\"");
    }
}
