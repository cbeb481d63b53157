package fr.resilience360.action.catalogue;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.Catalogue;
import fr.resilience360.action.CatalogueAction;
import fr.resilience360.shared.SearchText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;

/**
 * The catalogue's public pages: the tree with its search and filters in the URL, the fiche with every field labelled
 * in French, the Boussole's levers. Expectations come from {@link Catalogue}, whatever number of actions it holds.
 */
@IntegrationTest
class CataloguePagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Catalogue catalogue;

    String page(String uri) throws Exception {
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(UTF_8));
    }

    @Test
    void theCatalogueShowsEveryActionAsACardLinkingToItsFicheUnderItsAxisOrientationAndObjectif() throws Exception {
        String html = page("/actions");
        int total = catalogue.actions().size();

        assertThat(html)
                .contains("Catalogue des actions", total + (total == 1 ? " action" : " actions") + " au catalogue.");
        for (CatalogueAction a : catalogue.actions()) {
            Catalogue.Placement place = catalogue.placement(a.id()).orElseThrow();
            assertThat(html)
                    .contains(
                            "href=\"/actions/" + a.id() + "\"",
                            a.title(),
                            place.orientation().title())
                    .contains("Objectif : " + place.goal().title(), place.axis().title());
        }
        assertThat(html)
                .contains("Coût, délai et difficulté sont indicatifs")
                .contains("CC BY-SA 4.0", "method=\"get\"", "name=\"q\"", "name=\"besoin\"", "name=\"cobenefice\"");
    }

    @Test
    void everyPageOffersTheCatalogueInTheMainNavigation() throws Exception {
        assertThat(page("/")).contains("<a href=\"/actions\">Actions</a>");
    }

    @Test
    void theSearchIgnoresCaseAndAccents() throws Exception {
        CatalogueAction first = catalogue.actions().get(0);
        String shouted = SearchText.normalize(first.title()).toUpperCase();

        var result = mvc.get().uri("/actions?q={q}", shouted).exchange();
        String html = HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(UTF_8));

        assertThat(html).contains("href=\"/actions/" + first.id() + "\"").contains("value=\"" + shouted + "\"");
        assertThat(page("/actions?q=zzqqxx+introuvable"))
                .contains(
                        "Aucune action ne correspond sur " + catalogue.actions().size() + ".")
                .doesNotContain("href=\"/actions/" + first.id() + "\"");
    }

    @Test
    void aNeedFilterKeepsExactlyTheActionsThatImproveIt() throws Exception {
        String need = catalogue.actions().get(0).needs().get(0);
        List<CatalogueAction> improving = catalogue.improving(need);

        String html = page("/actions?besoin=" + need);

        assertThat(html)
                .contains(improving.size() + (improving.size() == 1 ? " action correspond" : " actions correspondent"));
        assertThat(html).contains("<option value=\"" + need + "\" selected=\"selected\">");
        for (CatalogueAction a : catalogue.actions())
            if (improving.contains(a)) assertThat(html).contains("href=\"/actions/" + a.id() + "\"");
            else assertThat(html).doesNotContain("href=\"/actions/" + a.id() + "\"");
    }

    @Test
    void filtersCombineInTheUrl() throws Exception {
        CatalogueAction first = catalogue.actions().get(0);
        String axis = catalogue.placement(first.id()).orElseThrow().axis().id();
        String uri = "/actions?axe=" + axis + "&levier=" + first.levers().get(0).code() + "&cout="
                + first.cost().code() + "&delai=" + first.delay().code() + "&difficulte="
                + first.difficulty().code();

        assertThat(page(uri)).contains("href=\"/actions/" + first.id() + "\"").contains("Effacer les filtres");
    }

    @Test
    void anUnknownFilterValueIsA400NamingTheFilterInFrench() throws Exception {
        var result = mvc.get().uri("/actions?cout=gratuit").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(UTF_8)))
                .contains("Le paramètre « cout » doit être l'une des valeurs moins-10k, 10k-100k, 100k-1m, plus-1m")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void theFicheShowsEveryFieldWithItsFrenchLabel() throws Exception {
        CatalogueAction a = catalogue.actions().get(0);

        String html = page("/actions/" + a.id());

        assertThat(html)
                .contains(
                        a.title(),
                        a.summary(),
                        a.description(),
                        a.cost().label(),
                        a.delay().label());
        assertThat(html).contains(a.difficulty().label(), "Voir les actions qui améliorent ce besoin");
        for (String need : a.needs()) assertThat(html).contains("href=\"/actions?besoin=" + need + "\"");
        for (BoussoleLever l : a.levers())
            assertThat(html).contains(l.label(), l.principle().label());
        for (CatalogueAction.Reference r : a.references()) {
            assertThat(html).contains(r.title());
            if (r.url() != null) assertThat(html).contains("href=\"" + r.url() + "\"");
        }
        a.cobenefits().forEach(c -> assertThat(html).contains(c.label()));
        a.actors().forEach(x -> assertThat(html).contains(x));
        assertThat(html).contains("Retours d'expérience", "CC BY-SA 4.0", "/api/v1/actions/" + a.id());
    }

    @Test
    void theFicheNamesNeedsRowsAndHazardsFromTheirReferentials() throws Exception {
        String html = page("/actions/projet-alimentaire-territorial");

        assertThat(html)
                .contains("Se nourrir", "bv2_i01", "Mauvaise récolte", "Fermeture des frontières")
                .doesNotContain(">mauvaise_recolte<");
    }

    @Test
    void anUnknownActionIsAFrench404() throws Exception {
        var result = mvc.get().uri("/actions/action-qui-n-existe-pas").exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(UTF_8)))
                .contains(
                        "Page introuvable", "Aucune action du catalogue n'a l'identifiant « action-qui-n-existe-pas »");
    }

    @Test
    void theLeversPageListsTheSixPrinciplesAndEighteenLeversWithNeutralLabelsForUnnamedOnes() throws Exception {
        String html = page("/actions/leviers");

        assertThat(html).contains("Principe 1 : Stratégies et gouvernances intégrées et adaptatives");
        assertThat(html)
                .contains("3.2 Levier 3.2 (nom à confirmer)", "Robustesse et continuité (intitulé à confirmer)");
        for (BoussoleLever l : BoussoleLever.values()) {
            int served = catalogue.serving(l).size();
            if (served > 0) assertThat(html).contains("href=\"/actions?levier=" + l.code() + "\"");
        }
    }
}
