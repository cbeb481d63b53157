package fr.resilience360.report.atlas;

import fr.resilience360.territory.TerritoryType;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a national map shows, for {@link ChoroplethSvg}: the territories of one level, each in one class of the legend.
 *
 * @param level the scale (région, département, EPCI or commune)
 * @param title what is mapped, e.g. « Part des résidences secondaires (%) »
 * @param subtitle scale and year, e.g. « Intercommunalités, 2022 »
 * @param source the source line with producer and year, printed under the map
 * @param classes the legend, in order; a territory without value is drawn in {@link #MISSING}
 * @param shades by official code (INSEE, SIREN, without the {@code dep-}/{@code reg-} prefix), the class of each
 *     territory that has a value
 */
public record ChoroplethMap(
        TerritoryType level,
        String title,
        String subtitle,
        String source,
        List<MapClass> classes,
        Map<String, Shade> shades) {

    /** The class of the territories without value. */
    public static final MapClass MISSING = new MapClass("donnée absente", "#d9d9d9");

    public ChoroplethMap {
        Objects.requireNonNull(level);
        classes = List.copyOf(classes);
        shades = Map.copyOf(shades);
        for (Shade s : shades.values())
            if (s.classIndex() < 0 || s.classIndex() >= classes.size())
                throw new IllegalArgumentException("Classe " + s.classIndex() + " hors de la légende");
    }

    /** A class of the legend: its label (« 12,3 – 15,8 », « Littoral ») and its fill colour ({@code #rrggbb}). */
    public record MapClass(String label, String color) {}

    /** A territory's class, and its value in words for the map's tooltips (« 12,3 % », « Montagne »). */
    public record Shade(int classIndex, String text) {}

    /** The colour of a territory: its class's, or {@link #MISSING}'s. */
    String colorOf(String code) {
        Shade s = shades.get(code);
        return s == null ? MISSING.color() : classes.get(s.classIndex()).color();
    }
}
