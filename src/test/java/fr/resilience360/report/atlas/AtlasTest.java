package fr.resilience360.report.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.IntegrationTest;
import fr.resilience360.account.Accounts;
import fr.resilience360.online.Caller;
import fr.resilience360.online.OnlineFixtures;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritoryType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * « Cartes de France »: every indicator, need score, exposure or typology at every scale, downloadable as SVG, PNG and
 * CSV, the same classes in all three; French errors for parameters the page cannot use; public for everyone.
 */
@IntegrationTest
class AtlasTest {

    private static final String SECONDARY_HOMES = "variable=indicateur:part_residences_secondaires&niveau=departement";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TerritoryDirectory directory;

    @Autowired
    Accounts accounts;

    @Test
    void theSvgHasOnePathPerDepartementInTheColourOfItsClassInTheCsv() throws Exception {
        Document svg = ChoroplethSvgTest.parse(text("/api/v1/cartes/carte.svg?" + SECONDARY_HOMES + "&annee=2022"));
        Map<String, String> legend = legend(svg);
        String[] morbihan = csvLine(SECONDARY_HOMES + "&annee=2022", "56");

        assertThat(svg.getElementsByTagName("path").getLength())
                .isEqualTo(directory.ofType(TerritoryType.DEPARTEMENT).size());
        assertThat(ChoroplethSvgTest.fill(svg, "t-56")).isEqualTo(legend.get(morbihan[3]));
        double value = Double.parseDouble(morbihan[2].replace(',', '.'));
        double[] bounds = Arrays.stream(morbihan[3].split(" – "))
                .mapToDouble(b -> Double.parseDouble(b.replace(',', '.').replace(" ", "")))
                .toArray();
        assertThat(value).isBetween(bounds[0] - 0.05, bounds[1] + 0.05);
        assertThat(svg.getDocumentElement().getTextContent())
                .contains("Taux de résidences secondaires (%)", "Départements, 2022", "Source : ", "Légende");
    }

    @Test
    void theTypologyMapColoursEachEpciByItsUrbanType() throws Exception {
        Document svg = ChoroplethSvgTest.parse(text("/api/v1/cartes/carte.svg?variable=typologie&niveau=epci"));
        String[] lorient = csvLine("variable=typologie&niveau=epci", "200042174");

        assertThat(svg.getElementsByTagName("path").getLength()).isEqualTo(1255);
        assertThat(lorient[1]).isEqualTo("CA Lorient Agglomération");
        assertThat(lorient[3]).isEqualTo("Villes moyennes et agglomérations");
        assertThat(ChoroplethSvgTest.fill(svg, "t-200042174")).isEqualTo(MapClasses.CATEGORIES.get(1));
    }

    @Test
    void thePngIsTheSameMapRasterisedAtItsSize() throws Exception {
        byte[] png = mvc.get()
                .uri("/api/v1/cartes/carte.png?variable=typologie:littoral&niveau=epci")
                .exchange()
                .getResponse()
                .getContentAsByteArray();

        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/carte-littoral-epci.png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(720);
    }

    @Test
    void theCsvIsForAFrenchSpreadsheetWithOneLinePerTerritory() throws Exception {
        byte[] csv = mvc.get()
                .uri("/api/v1/cartes/donnees.csv?" + SECONDARY_HOMES + "&annee=2022")
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFcode;nom;valeur;classe;source;annee\r\n");
        assertThat(text.split("\r\n"))
                .hasSize(directory.ofType(TerritoryType.DEPARTEMENT).size() + 1);
        String[] morbihan = csvLine(SECONDARY_HOMES + "&annee=2022", "56");
        assertThat(morbihan[1]).isEqualTo("Morbihan");
        assertThat(Double.parseDouble(morbihan[2].replace(',', '.'))).isBetween(5.0, 30.0);
        assertThat(morbihan[4]).startsWith("Source : ");
        assertThat(morbihan[5]).isEqualTo("2022");
    }

    @Test
    void needScoresAndExposuresAreMappedFromTheirPrecomputedValues() throws Exception {
        String[] need = csvLine("variable=besoin:bv3&niveau=epci", "200042174");
        String[] heat = csvLine("variable=exposition:canicule&niveau=departement", "56");

        assertThat(need[2]).isNotEmpty();
        assertThat(Double.parseDouble(need[2].replace(',', '.'))).isBetween(0.0, 1.0);
        assertThat(heat[3])
                .isIn(
                        "faible (moins de 0,25)",
                        "modérée (0,25 à 0,5)",
                        "forte (0,5 à 0,75)",
                        "très forte (0,75 et plus)",
                        "donnée absente");
    }

    @Test
    void parametersItCannotUseAreFrenchErrorsNamingThem() {
        assertThat(mvc.get().uri("/api/v1/cartes/donnees.csv?niveau=epci"))
                .hasStatus(400)
                .bodyText()
                .contains("Le paramètre « variable » est obligatoire");
        assertThat(mvc.get().uri("/api/v1/cartes/carte.svg?variable=rien"))
                .hasStatus(400)
                .bodyText()
                .contains("Variable « rien » inconnue", "variable");
        assertThat(mvc.get().uri("/api/v1/cartes/donnees.csv?variable=besoin:bv99"))
                .hasStatus(400)
                .bodyText()
                .contains("Variable « besoin:bv99 » inconnue");
        assertThat(mvc.get().uri("/api/v1/cartes/carte.png?variable=typologie&niveau=canton"))
                .hasStatus(400)
                .bodyText()
                .contains("Niveau « canton » inconnu");
        assertThat(mvc.get().uri("/api/v1/cartes/carte.svg?variable=typologie&niveau=region"))
                .hasStatus(400)
                .bodyText()
                .contains("La typologie ne couvre que les communes et les intercommunalités");
        assertThat(mvc.get().uri("/api/v1/cartes/carte.svg?" + SECONDARY_HOMES + "&annee=1850"))
                .hasStatus(400)
                .bodyText()
                .contains("Période « 1850 » absente");
        assertThat(mvc.get().uri("/cartes?niveau=canton"))
                .hasStatus(400)
                .bodyText()
                .contains("Niveau « canton »");
        assertThat(mvc.get().uri("/cartes?page=douze"))
                .hasStatus(400)
                .bodyText()
                .contains("Le paramètre « page » doit être un nombre entier.");
        assertThat(mvc.get().uri("/cartes?tri=hasard"))
                .hasStatus(400)
                .bodyText()
                .contains("Tri « hasard » inconnu");
    }

    @Test
    void thePageShowsLegendRankingTableAndDownloadsWithEveryChoiceInTheUrl() {
        assertThat(mvc.get().uri("/cartes?" + SECONDARY_HOMES + "&annee=2022&tri=valeur-asc&page=2"))
                .hasStatusOk()
                .bodyText()
                .contains("Taux de résidences secondaires", "Légende", "Valeurs les plus élevées", "Page 2 sur ")
                .contains("/api/v1/cartes/carte.svg?variable=indicateur:part_residences_secondaires&amp;niveau="
                        + "departement&amp;annee=2022");
        assertThat(mvc.get().uri("/cartes?variable=indicateur:apl_infirmiers&niveau=departement&annee=2022"))
                .hasStatusOk()
                .bodyText()
                .contains("Évolution en France", "<option value=\"2023\">2023</option>")
                .containsSubsequence(
                        "<option value=\"valeur-desc\" selected=\"selected\">valeur décroissante</option>",
                        "<option value=\"valeur-asc\">valeur croissante</option>",
                        "<option value=\"nom\">nom</option>");
        assertThat(mvc.get().uri("/cartes?variable=besoin:bv3&niveau=commune"))
                .hasStatusOk()
                .bodyText()
                .contains("/api/v1/cartes/carte.png?variable=besoin:bv3&amp;niveau=commune", "Tous les territoires");
    }

    @ParameterizedTest
    @EnumSource(Caller.class)
    void everyoneMaySeeAndDownloadTheMaps(Caller caller) throws Exception {
        String email = caller.signIn(accounts);
        for (String uri : List.of(
                "/cartes?variable=typologie&niveau=epci",
                "/api/v1/cartes/donnees.csv?variable=typologie&niveau=epci",
                "/api/v1/cartes/classes?variable=typologie&niveau=epci")) {
            var request = mvc.get().uri(uri);
            if (email != null) request = request.with(OnlineFixtures.as(email));
            caller.gets(request.exchange(), 200, uri);
        }
    }

    private String text(String uri) throws Exception {
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String[] csvLine(String query, String code) throws Exception {
        for (String line : text("/api/v1/cartes/donnees.csv?" + query).split("\r\n"))
            if (line.startsWith(code + ";")) return fields(line);
        throw new AssertionError("aucune ligne " + code);
    }

    /** The line of this territory code in the map data's CSV for this query, as fields. */
    static String[] csvLine(MockMvcTester mvc, String query, String code) throws Exception {
        for (String line : text(mvc, "/api/v1/cartes/donnees.csv?" + query).split("\r\n"))
            if (line.startsWith(code + ";")) return fields(line);
        throw new AssertionError("aucune ligne " + code);
    }

    /** The body of a successful GET, read as UTF-8. */
    static String text(MockMvcTester mvc, String uri) throws Exception {
        var result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The fields of a {@code ;}-separated line, RFC 4180 quotes undone. */
    static String[] fields(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') field.append(line.charAt(++i));
                else quoted = !quoted;
            } else if (c == ';' && !quoted) {
                out.add(field.toString());
                field.setLength(0);
            } else field.append(c);
        }
        out.add(field.toString());
        return out.toArray(String[]::new);
    }

    /** The legend's colour of each class label, read from the SVG. */
    private static Map<String, String> legend(Document svg) {
        Map<String, String> out = new LinkedHashMap<>();
        NodeList rects = svg.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (rect.getNextSibling() instanceof Element label
                    && label.getTagName().equals("text")) out.put(label.getTextContent(), rect.getAttribute("fill"));
        }
        return out;
    }
}
