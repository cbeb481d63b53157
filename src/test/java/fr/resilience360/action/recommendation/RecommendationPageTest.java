package fr.resilience360.action.recommendation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.action.Catalogue;
import fr.resilience360.online.Caller;
import fr.resilience360.online.OnlineDiagnostics;
import fr.resilience360.online.OnlineFixtures;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Issue 12, item 4: the page {@code /territoires/{code}/recommandations}, public, from any catalogue content. */
@IntegrationTest
class RecommendationPageTest {

    static final String LORIENT_AGGLO = OnlineFixtures.LORIENT_AGGLO;
    static final String PAGE = "/territoires/" + LORIENT_AGGLO + "/recommandations";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Catalogue catalogue;

    @Autowired
    OnlineDiagnostics diagnostics;

    @Autowired
    Accounts accounts;

    @Autowired
    Recommendations recommendations;

    @Autowired
    fr.resilience360.territory.Territories territories;

    String html(String uri, int status) throws Exception {
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatus(status);
        return result.getResponse().getContentAsString(UTF_8);
    }

    static String escaped(String text) {
        return text.replace("'", "&#39;");
    }

    static int count(String html, String text) {
        return (int)
                Pattern.compile(Pattern.quote(text)).matcher(html).results().count();
    }

    @Test
    void showsTheWeakNeedsWithTheirBaseHonestlyTheMostHitNeedsAndTheRankedActions() throws Exception {
        String html = html(PAGE, 200);
        Recommendation r = recommendations.of(territories.require(LORIENT_AGGLO));
        boolean published = !diagnostics.published(LORIENT_AGGLO).isEmpty();
        assertThat(html).contains(published ? "diagnostic publié n° " : "Aucun diagnostic publié");
        String weak =
                html.substring(html.indexOf("Besoins les plus faibles"), html.indexOf("Besoins les plus touchés"));
        assertThat(weak).contains(escaped(r.weakest().get(0).name()));
        for (var need : r.needs()) assertThat(html).contains("id=\"besoin-" + need.id() + "\"");
        var first = r.actions().get(0);
        assertThat(html)
                .contains("href=\"/actions/" + first.action().id() + "\"")
                .contains(escaped(first.reason()));
        assertThat(html)
                .contains("href=\"/territoires/" + LORIENT_AGGLO + "/plan\"")
                .doesNotContain("déjà dans le plan");
        assertThat(count(html, "id=\"action-"))
                .isEqualTo(
                        Math.min(RecommendationPage.SHOWN, catalogue.actions().size()));
    }

    @Test
    void aNeedGivesItsActionsUnderItsAnchor() throws Exception {
        String need = recommendations
                .of(territories.require(LORIENT_AGGLO))
                .weakest()
                .get(0)
                .id();
        String html = html(PAGE + "?besoin=" + need, 200);
        assertThat(html).contains("id=\"besoin-" + need + "\"");
        assertThat(count(html, "id=\"action-"))
                .isEqualTo(catalogue.improving(need).size());
        for (var action : catalogue.improving(need)) assertThat(html).contains("id=\"action-" + action.id() + "\"");
    }

    @Test
    void thePortraitsWeakestNeedsLeadToTheirRecommendations() throws Exception {
        String portrait = html("/territoires/" + LORIENT_AGGLO + "/diagnostic", 200);
        String fragile = portrait.substring(portrait.indexOf("Besoins les plus fragiles"));
        var link = Pattern.compile("href=\"(" + Pattern.quote(PAGE) + "\\?besoin=(\\w+))#besoin-(\\w+)\">Que faire \\?")
                .matcher(fragile);
        assertThat(link.find())
                .as("un lien « Que faire ? » sur un besoin fragile")
                .isTrue();
        assertThat(link.group(3)).isEqualTo(link.group(2));
        assertThat(html(link.group(1), 200)).contains("id=\"besoin-" + link.group(2) + "\"");
    }

    @Test
    void aBadNeedIsA400NamingTheParameterInFrench() throws Exception {
        assertThat(html(PAGE + "?besoin=zz", 400))
                .contains("Le paramètre « besoin » est invalide")
                .contains("« zz » n&#39;en est pas un");
    }

    @Test
    void anUnknownTerritoryIsA404Page() throws Exception {
        assertThat(html("/territoires/99999/recommandations", 404)).contains("99999");
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void isPublicForEveryCaller(Caller caller) throws Exception {
        String email = caller.signIn(accounts);
        var request = mvc.get().uri(PAGE);
        if (email != null) request = request.with(OnlineFixtures.as(email));
        caller.gets(request.exchange(), 200, PAGE);
    }
}
