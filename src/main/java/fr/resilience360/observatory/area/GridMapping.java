package fr.resilience360.observatory.area;

import fr.resilience360.observatory.importing.DatasetMapping;
import java.util.List;
import java.util.Map;

/**
 * How a climate grid file becomes area values: the dataset's provenance, the file's layout and the indicators with the
 * column and period of each value (a small YAML file next to the grid, {@code *.grid.yaml}).
 *
 * @param grid the columns of the point's id, latitude, longitude and level of warming, the period of each level, and the
 *     grid's name shown in the values' detail (« grille SAFRAN (8 km) »)
 */
record GridMapping(DatasetMapping.Info dataset, Layout grid, List<DatasetMapping.IndicatorSpec> indicators) {

    record Layout(
            String separator,
            String point,
            String latitude,
            String longitude,
            String level,
            Map<String, String> periods,
            String name) {}

    /** The mapping as the catalogue records it (the grid's layout is not part of the catalogue). */
    DatasetMapping asCatalogue() {
        return new DatasetMapping(dataset, null, indicators);
    }

    /** The columns the indicators read. */
    List<String> columns() {
        return indicators.stream()
                .flatMap(i -> i.values().stream())
                .map(DatasetMapping.ValueSpec::column)
                .distinct()
                .toList();
    }

    /** The level of warming whose lines give a period's values (e.g. GWL20 for 2050s). */
    String levelOf(String period) {
        return grid.periods().entrySet().stream()
                .filter(e -> e.getValue().equals(period))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Période sans niveau de la grille : " + period));
    }
}
