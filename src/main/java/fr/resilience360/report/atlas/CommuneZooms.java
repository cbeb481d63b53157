package fr.resilience360.report.atlas;

import fr.resilience360.shared.BadParameterException;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The commune map of one département, to read each commune's value: its own outlines ({@link DepartementGeometry}),
 * each commune in the colour of its class on the national map, its name and value for a tooltip and its page for a
 * link. The national commune map is an image; this is how a commune's value is read on a map.
 */
@Component
class CommuneZooms {

    /** A département's communes as the page draws them, by name. */
    public record CommuneZoom(TerritorySummary departement, double width, double height, List<Commune> communes) {

        /**
         * The inline SVG: each commune a link to its page around its outline, with its name and value as tooltip.
         * Hidden from screen readers and out of the tab order: the page's table is its text alternative.
         */
        public String svg() {
            StringBuilder svg = new StringBuilder(communes.size() * 600);
            svg.append("<svg class=\"atlas-zoom\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                    .append((int) width)
                    .append(' ')
                    .append((int) height)
                    .append("\" width=\"")
                    .append((int) width)
                    .append("\" height=\"")
                    .append((int) height)
                    .append("\" aria-hidden=\"true\" focusable=\"false\">")
                    .append("<g stroke=\"#ffffff\" stroke-width=\"0.5\" stroke-linejoin=\"round\">\n");
            for (Commune c : communes)
                svg.append("<a href=\"/territoires/")
                        .append(ChoroplethSvg.escape(c.id()))
                        .append("\" tabindex=\"-1\"><path id=\"c-")
                        .append(ChoroplethSvg.escape(c.code()))
                        .append("\" fill=\"")
                        .append(c.color())
                        .append("\" d=\"")
                        .append(c.path())
                        .append("\"><title>")
                        .append(ChoroplethSvg.escape(c.name() + " : " + c.text()))
                        .append("</title></path></a>\n");
            return svg.append("</g></svg>").toString();
        }
    }

    /** A commune: its territory id (for its page), outline, fill colour and value in words. */
    public record Commune(String id, String code, String name, String path, String color, String text) {}

    private final DepartementGeometry geometry = new DepartementGeometry();
    private final TerritoryDirectory directory;

    CommuneZooms(TerritoryDirectory directory) {
        this.directory = directory;
    }

    /** The départements, by official code, for the page's selector. */
    List<TerritorySummary> departements() {
        return directory.ofType(TerritoryType.DEPARTEMENT).stream()
                .sorted(Comparator.comparing(TerritorySummary::code))
                .toList();
    }

    /** The communes of a département on a commune map; an unknown département is a French error naming it. */
    CommuneZoom of(AtlasMap map, String departement) {
        String code = departement.strip().toUpperCase(java.util.Locale.ROOT);
        TerritorySummary dep =
                directory.find(TerritoryType.DEPARTEMENT.idOf(code)).orElseThrow(() -> unknown(departement));
        DepartementGeometry.Communes outlines = geometry.of(code).orElseThrow(() -> unknown(departement));
        Map<String, AtlasMap.Row> rows = new HashMap<>();
        for (AtlasMap.Row r : map.rows()) rows.put(r.territory().code(), r);
        List<Commune> communes = outlines.outlines().stream()
                .map(o -> {
                    AtlasMap.Row r = rows.get(o.code());
                    boolean known = r != null && r.known();
                    return new Commune(
                            r == null
                                    ? TerritoryType.COMMUNE.idOf(o.code())
                                    : r.territory().id(),
                            o.code(),
                            r == null ? o.name() : r.territory().name(),
                            o.path(),
                            known ? map.classes().get(r.classIndex()).color() : ChoroplethMap.MISSING.color(),
                            r == null ? ChoroplethMap.MISSING.label() : r.text());
                })
                .sorted(Comparator.comparing(Commune::name).thenComparing(Commune::code))
                .toList();
        return new CommuneZoom(dep, outlines.width(), outlines.height(), communes);
    }

    private static BadParameterException unknown(String departement) {
        return new BadParameterException(
                "departement",
                "Département « " + departement + " » inconnu : attendu un code de département (56, 2A, 971…).");
    }
}
