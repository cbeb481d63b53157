package fr.resilience360.report.atlas;

import fr.resilience360.report.atlas.ChoroplethMap.MapClass;
import fr.resilience360.territory.TerritorySummary;
import fr.resilience360.territory.TerritoryType;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A national map's data: every territory of the level with its value (or none), its class and its value in words.
 *
 * @param period the period shown (« 2022 », « calculés le 2026-12-02 »), never null
 * @param periods the periods the variable has at this level, oldest first (one for most variables)
 * @param rows every territory of the level, by official code
 * @param numeric whether values are numbers (quintiles, ranking) or categories (typology)
 */
public record AtlasMap(
        MapVariable variable,
        TerritoryType level,
        String period,
        List<String> periods,
        String title,
        String unit,
        String source,
        List<MapClass> classes,
        List<Row> rows,
        boolean numeric) {

    /** A territory: value null when it has none (« donnée absente »), class null then too. */
    public record Row(TerritorySummary territory, Double value, Integer classIndex, String text) {

        public boolean known() {
            return classIndex != null;
        }
    }

    static final Map<TerritoryType, String> PLURALS = Map.of(
            TerritoryType.REGION, "Régions",
            TerritoryType.DEPARTEMENT, "Départements",
            TerritoryType.EPCI, "Intercommunalités (EPCI)",
            TerritoryType.COMMUNE, "Communes");

    /** « Départements, 2022 ». */
    public String subtitle() {
        return PLURALS.get(level) + ", " + period;
    }

    /** The rows with a value, the highest first (for categories, by class then name). */
    List<Row> ranked() {
        Comparator<Row> order =
                numeric ? Comparator.comparing(Row::value).reversed() : Comparator.comparing(Row::classIndex);
        return rows.stream()
                .filter(Row::known)
                .sorted(order.thenComparing(r -> r.territory().name()))
                .toList();
    }

    /** How many territories fall in each class, in the legend's order. */
    int[] counts() {
        int[] counts = new int[classes.size()];
        rows.stream().filter(Row::known).forEach(r -> counts[r.classIndex()]++);
        return counts;
    }

    double[] values() {
        return rows.stream()
                .filter(r -> r.value() != null)
                .mapToDouble(Row::value)
                .toArray();
    }

    ChoroplethMap choropleth() {
        Map<String, ChoroplethMap.Shade> shades = new HashMap<>();
        for (Row r : rows)
            if (r.known()) shades.put(r.territory().code(), new ChoroplethMap.Shade(r.classIndex(), r.text()));
        return new ChoroplethMap(level, title, subtitle(), source, classes, shades);
    }
}
