package fr.resilience360.report.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.territory.TerritoryDirectory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * At the commune scale, a département's communes are drawn in the page: each commune's value in its tooltip, its
 * colour that of its class on the national map (and in the CSV), a link to its page, and the same values in a table.
 */
@IntegrationTest
class AtlasCommuneZoomTest {

    private static final String NEED = "variable=besoin:bv3&niveau=commune";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TerritoryDirectory directory;

    @Test
    void eachCommuneOfTheDepartementHasItsValueInATooltipAndALinkToItsPage() throws Exception {
        Document page = page("/cartes?" + NEED + "&departement=56");
        String[] lorient = csvLine(NEED, "56121");
        Element path = page.getElementById("c-56121");

        assertThat(page.select("svg.atlas-zoom path"))
                .hasSize(directory.communesByParent().get("dep-56").size());
        assertThat(page.select("svg.atlas-zoom path > title"))
                .hasSize(page.select("svg.atlas-zoom path").size());
        assertThat(path.selectFirst("title").text())
                .isEqualTo("Lorient : "
                        + page.selectFirst("#communes-departement td:containsOwn(56121) + td")
                                .text());
        assertThat(path.parent().attr("href")).isEqualTo("/territoires/56121");
        assertThat(path.attr("fill")).isEqualTo(colourOf(page, lorient[3]));
        assertThat(page.selectFirst("#zoom-titre").text()).isEqualTo("Communes : Morbihan (56)");
        assertThat(page.select("#departement option[selected]").text()).isEqualTo("56 — Morbihan");
    }

    @Test
    void theTextAlternativeIsTheTableAndTheDrawingIsHiddenFromScreenReaders() throws Exception {
        Document page = page("/cartes?" + NEED + "&departement=2A");
        Element svg = page.selectFirst("svg.atlas-zoom");

        assertThat(svg.attr("aria-hidden")).isEqualTo("true");
        assertThat(svg.select("a").eachAttr("tabindex")).containsOnly("-1");
        assertThat(page.select("#communes-departement table tbody tr"))
                .hasSize(svg.select("path").size())
                .hasSize(directory.communesByParent().get("dep-2A").size());
        assertThat(page.selectFirst("img.atlas-image").attr("src")).contains("/api/v1/cartes/carte.png?");
    }

    @Test
    void theDepartementIsChosenWithoutJavaScriptAndKeptWhenSortingAndPaging() throws Exception {
        Document page = page("/cartes?" + NEED + "&departement=971&page=2");

        Element form = page.selectFirst("#communes-departement form");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.select("input[type=hidden]").eachAttr("name")).contains("variable", "niveau");
        assertThat(page.select("input[name=departement]").attr("value")).isEqualTo("971");
        assertThat(page.selectFirst("a[rel=prev]").attr("href")).endsWith("&departement=971");
    }

    @Test
    void onlyTheCommuneScaleHasIt() throws Exception {
        assertThat(page("/cartes?variable=besoin:bv3&niveau=epci&departement=56")
                        .getElementById("communes-departement"))
                .isNull();
        assertThat(page("/cartes?" + NEED).select("#communes-departement select option"))
                .hasSizeGreaterThan(100);
        assertThat(page("/cartes?" + NEED).select("svg.atlas-zoom")).isEmpty();
    }

    @Test
    void anUnknownDepartementIsAFrenchErrorNamingIt() {
        assertThat(mvc.get().uri("/cartes?" + NEED + "&departement=99"))
                .hasStatus(400)
                .bodyText()
                .contains("Département « 99 » inconnu");
    }

    private static String colourOf(Document page, String classLabel) {
        for (Element li : page.select(".atlas-zoom-legend li"))
            if (li.text().equals(classLabel))
                return li.selectFirst(".swatch").attr("style").replace("background:", "");
        throw new AssertionError("classe absente de la légende : " + classLabel);
    }

    private Document page(String uri) throws Exception {
        return Jsoup.parse(text(uri));
    }

    private String[] csvLine(String query, String code) throws Exception {
        return AtlasTest.csvLine(mvc, query, code);
    }

    private String text(String uri) throws Exception {
        return AtlasTest.text(mvc, uri);
    }
}
