package fr.resilience360.report.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.territory.TerritoryType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ChoroplethSvgTest {

    private static final ChoroplethSvg RENDERER = new ChoroplethSvg();

    private static final List<ChoroplethMap.MapClass> TWO =
            List.of(new ChoroplethMap.MapClass("faible", "#edf8e9"), new ChoroplethMap.MapClass("fort", "#006d2c"));

    private static ChoroplethMap departements(Map<String, ChoroplethMap.Shade> shades) {
        return new ChoroplethMap(
                TerritoryType.DEPARTEMENT,
                "Taux d'essai & <contrôle>",
                "Départements, 2022",
                "Source : essai, 2022",
                TWO,
                shades);
    }

    @Test
    void drawsOnePathPerDepartementInItsClassColourAndTheMissingOnesInGrey() throws Exception {
        Document svg = parse(RENDERER.render(departements(
                Map.of("29", new ChoroplethMap.Shade(1, "12 %"), "971", new ChoroplethMap.Shade(0, "3 %")))));

        NodeList paths = svg.getElementsByTagName("path");
        assertThat(paths.getLength()).isEqualTo(101);
        assertThat(fill(svg, "t-29")).isEqualTo("#006d2c");
        assertThat(fill(svg, "t-971")).isEqualTo("#edf8e9");
        assertThat(fill(svg, "t-75")).isEqualTo(ChoroplethMap.MISSING.color());
        assertThat(svg.getDocumentElement().getTextContent())
                .contains("Taux d'essai & <contrôle>", "Départements, 2022", "Source : essai, 2022", "Légende")
                .contains("faible", "fort", "donnée absente", "Finistère : 12 %");
    }

    @Test
    void drawsEveryCommuneOfTheCountryOverseasIncluded() throws Exception {
        String text = RENDERER.render(new ChoroplethMap(
                TerritoryType.COMMUNE,
                "Essai",
                "Communes",
                "Source",
                TWO,
                Map.of("29019", new ChoroplethMap.Shade(1, "x"), "97411", new ChoroplethMap.Shade(0, "y"))));
        // Looked at by hand: every commune drawn, overseas ones in their insets, legend and source readable.
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/carte-communes.png"), MapPng.of(text));
        Document svg = parse(text);

        assertThat(svg.getElementsByTagName("path").getLength()).isEqualTo(34_868);
        assertThat(fill(svg, "t-29019")).isEqualTo("#006d2c");
        assertThat(fill(svg, "t-97411")).isEqualTo("#edf8e9");
        assertThat(path(svg, "t-97411").getAttribute("d")).startsWith("M");
    }

    @Test
    void rasterisesTheSameMapToAPngOfTheSvgSize() throws Exception {
        byte[] png = MapPng.of(RENDERER.render(departements(Map.of("29", new ChoroplethMap.Shade(1, "12 %")))));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(ChoroplethSvg.WIDTH);
        assertThat(image.getHeight()).isEqualTo(ChoroplethSvg.HEIGHT);
    }

    @Test
    void refusesATerritoryInAClassTheLegendDoesNotHave() {
        assertThatThrownBy(() -> departements(Map.of("29", new ChoroplethMap.Shade(2, "x"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    static String fill(Document svg, String id) {
        return path(svg, id).getAttribute("fill");
    }

    private static Element path(Document svg, String id) {
        NodeList paths = svg.getElementsByTagName("path");
        for (int i = 0; i < paths.getLength(); i++) {
            Element e = (Element) paths.item(i);
            if (e.getAttribute("id").equals(id)) return e;
        }
        throw new AssertionError("aucun chemin " + id);
    }
}
