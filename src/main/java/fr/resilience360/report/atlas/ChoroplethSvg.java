package fr.resilience360.report.atlas;

import fr.resilience360.territory.TerritoryType;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Draws a {@link ChoroplethMap} as a standalone SVG document: title, the territories of its level (one {@code path}
 * per territory, {@code id="t-CODE"}), the legend with its classes and the source line, on the national map's outlines
 * ({@link MapGeometry}, overseas départements moved closer). The same document is served for download, rasterised
 * to PNG ({@link MapPng}) and meant to be embedded in the PDF reports.
 */
@Component
public class ChoroplethSvg {

    static final int WIDTH = 1000;
    static final int HEIGHT = 720;
    private static final int MAP_TOP = 84;
    private static final int LEGEND_X = 680;
    private static final String FONT = "font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\"";

    private final MapGeometry geometry = new MapGeometry();

    /** The SVG document of a map. */
    public String render(ChoroplethMap map) {
        List<MapGeometry.Outline> outlines = geometry.of(map.level());
        StringBuilder svg = new StringBuilder(outlines.size() * 400 + 4096);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" lang=\"fr\">\n");
        svg.append("<title>")
                .append(escape(map.title() + " — " + map.subtitle()))
                .append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        header(map, svg);
        territories(map, outlines, svg);
        legend(map, svg);
        source(map, svg);
        return svg.append("</svg>\n").toString();
    }

    /** The source line under the map, on up to three lines. */
    private static void source(ChoroplethMap map, StringBuilder svg) {
        List<String> lines = wrap(map.source(), 165, 3);
        int y = HEIGHT - 10 - 14 * (lines.size() - 1);
        for (String line : lines) {
            text(svg, 16, y, "font-size=\"11\" fill=\"#333333\"", line);
            y += 14;
        }
    }

    private static void header(ChoroplethMap map, StringBuilder svg) {
        int y = 30;
        for (String line : wrap(map.title(), 80, 2)) {
            text(svg, 16, y, "font-size=\"19\" font-weight=\"bold\" fill=\"#1b1b1b\"", line);
            y += 24;
        }
        text(svg, 16, y, "font-size=\"14\" fill=\"#333333\"", map.subtitle());
    }

    /** One line of text in the map's font, escaped. */
    private static void text(StringBuilder svg, int x, int y, String attributes, String content) {
        svg.append("<text x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" ")
                .append(FONT)
                .append(' ')
                .append(attributes)
                .append('>')
                .append(escape(content))
                .append("</text>\n");
    }

    private static void territories(ChoroplethMap map, List<MapGeometry.Outline> outlines, StringBuilder svg) {
        boolean communes = map.level() == TerritoryType.COMMUNE;
        svg.append("<g id=\"territoires\" transform=\"translate(16,")
                .append(MAP_TOP)
                .append(")\" stroke=\"#ffffff\" stroke-width=\"")
                .append(communes ? "0.1" : "0.5")
                .append("\" stroke-linejoin=\"round\">\n");
        for (MapGeometry.Outline o : outlines) {
            svg.append("<path id=\"t-")
                    .append(o.code())
                    .append("\" fill=\"")
                    .append(map.colorOf(o.code()))
                    .append("\" d=\"")
                    .append(o.path())
                    .append('"');
            // Thirty-five thousand tooltips would double the communes' file: their names are in the CSV.
            if (communes) svg.append("/>\n");
            else
                svg.append("><title>")
                        .append(escape(o.name() + " : " + text(map, o.code())))
                        .append("</title></path>\n");
        }
        svg.append("</g>\n");
    }

    private static String text(ChoroplethMap map, String code) {
        ChoroplethMap.Shade s = map.shades().get(code);
        return s == null ? ChoroplethMap.MISSING.label() : s.text();
    }

    private static void legend(ChoroplethMap map, StringBuilder svg) {
        int y = MAP_TOP + 20;
        svg.append("<g id=\"legende\" ").append(FONT).append(" font-size=\"13\" fill=\"#1b1b1b\">\n");
        svg.append("<text x=\"")
                .append(LEGEND_X)
                .append("\" y=\"")
                .append(y)
                .append("\" font-weight=\"bold\">Légende</text>\n");
        List<ChoroplethMap.MapClass> entries = new ArrayList<>(map.classes());
        entries.add(ChoroplethMap.MISSING);
        for (ChoroplethMap.MapClass c : entries) {
            y += 26;
            svg.append("<rect x=\"")
                    .append(LEGEND_X)
                    .append("\" y=\"")
                    .append(y - 13)
                    .append("\" width=\"22\" height=\"16\" stroke=\"#555555\" stroke-width=\"0.5\" fill=\"")
                    .append(c.color())
                    .append("\"/><text x=\"")
                    .append(LEGEND_X + 30)
                    .append("\" y=\"")
                    .append(y)
                    .append("\">")
                    .append(escape(c.label()))
                    .append("</text>\n");
        }
        y += 34;
        svg.append("<text x=\"")
                .append(LEGEND_X)
                .append("\" y=\"")
                .append(y)
                .append("\" font-size=\"11\" fill=\"#333333\">Outre-mer rapproché de la métropole.</text>\n");
        svg.append("</g>\n");
    }

    /** At most {@code max} lines of at most {@code width} characters, cut at spaces. */
    static List<String> wrap(String text, int width, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines.isEmpty() ? List.of("") : lines.subList(0, Math.min(max, lines.size()));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
