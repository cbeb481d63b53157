package fr.resilience360.observatory.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.resilience360.IntegrationTest;
import fr.resilience360.observatory.IndicatorValue;
import fr.resilience360.observatory.ObservationPeriod;
import fr.resilience360.observatory.Observatory;
import fr.resilience360.observatory.RelativePositions;
import fr.resilience360.observatory.ValueMethod;
import fr.resilience360.territory.Territories;
import fr.resilience360.territory.TerritoryDirectory;
import fr.resilience360.territory.TerritoryType;
import java.awt.geom.Path2D;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Area exposure on real territories checked against an independent computation from the bundled grid CSV: the grid
 * points inside the outline found with the JDK's {@link Path2D} (even-odd rule), not with the application's code.
 */
@IntegrationTest
class AreaExposureOnRealTerritoriesTest {

    private static final String GRID = "data/climat/drias_tracc2023_grille_safran_mediane17modeles.csv.gz";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Observatory observatory;

    @Autowired
    Territories territories;

    @Autowired
    TerritoryDirectory directory;

    @Autowired
    RelativePositions positions;

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest(name = "{1} {4} of {0}")
    @CsvSource(textBlock = """
            # territory, indicator,                          column,          level, period
            200042174,   climat_jours_35_surface,            NORTX35D_yr,     GWL20, 2050s
            200042174,   climat_cumul_precipitations_surface, NORRR_yr,       GWL30, 2100s
            dep-56,      climat_jours_feu_surface,           NORIFM40_yr,     GWL15, 2030s
            dep-56,      climat_temperature_moyenne_surface, NORTMm_yr,       GWL20, 2050s
            reg-53,      climat_jours_35_surface,            NORTX35D_yr,     GWL30, 2100s
            """)
    void theAreaValueIsTheMeanOfTheGridPointsInsideTheOutline(
            String territory, String indicator, String column, String level, String period) throws IOException {
        Path2D outline = path(JSON.readTree(territories.boundary(territory).orElseThrow()));
        List<Double> inside = new ArrayList<>();
        for (String[] row : gridRows(column, level))
            if (outline.contains(Double.parseDouble(row[2]), Double.parseDouble(row[1])))
                inside.add(Double.parseDouble(row[3]));
        assertThat(inside).as("grid points inside " + territory).hasSizeGreaterThan(3);
        double mean = inside.stream().mapToDouble(Double::doubleValue).average().orElseThrow();

        IndicatorValue value = observatory
                .value(territory, indicator, ObservationPeriod.parse(period))
                .orElseThrow();
        assertThat(value.value()).isCloseTo(mean, within(1e-9));
        assertThat(value.method()).isEqualTo(ValueMethod.CALCULE);
        assertThat(value.methodDetail())
                .isEqualTo("moyenne de " + inside.size() + " points de la grille SAFRAN (8 km) dans le contour");
        assertThat(value.datasetId()).isEqualTo("drias-tracc2023-grille");
    }

    @Test
    void franceIsTheMeanOfThePointsInsideItsRegions() throws IOException {
        List<Path2D> regions = new ArrayList<>();
        for (var r : directory.ofType(TerritoryType.REGION))
            territories.boundary(r.id()).ifPresent(g -> regions.add(path(JSON.readTree(g))));
        double sum = 0;
        int count = 0;
        for (String[] row : gridRows("NORTX35D_yr", "GWL20")) {
            double x = Double.parseDouble(row[2]), y = Double.parseDouble(row[1]);
            if (regions.stream().anyMatch(p -> p.contains(x, y))) {
                sum += Double.parseDouble(row[3]);
                count++;
            }
        }
        IndicatorValue france = observatory
                .value("FR", "climat_jours_35_surface", ObservationPeriod.parse("2050s"))
                .orElseThrow();
        assertThat(count).isBetween(8000, 8981);
        assertThat(france.value()).isCloseTo(sum / count, within(1e-9));
        assertThat(france.methodDetail()).contains("moyenne de " + count + " points");
    }

    @Test
    void aTerritoryWithoutAnyPointInsideTakesTheNearestPointAndSaysSo() throws IOException {
        // CA Val Parisis (≈ 85 km²) holds no point of the 8 km grid
        Path2D outline = path(JSON.readTree(territories.boundary("200058485").orElseThrow()));
        List<String[]> rows = gridRows("NORTX35D_yr", "GWL20");
        assertThat(rows).noneMatch(r -> outline.contains(Double.parseDouble(r[2]), Double.parseDouble(r[1])));

        IndicatorValue value = observatory
                .value("200058485", "climat_jours_35_surface", ObservationPeriod.parse("2050s"))
                .orElseThrow();
        assertThat(value.methodDetail())
                .startsWith("aucun point de la grille SAFRAN (8 km) dans le contour : point le plus proche");
        assertThat(rows).anyMatch(r -> Double.parseDouble(r[3]) == value.value());
    }

    @ParameterizedTest(name = "{0} has no area value (the grid covers metropolitan France only)")
    @CsvSource({"dep-971", "dep-974", "reg-03"})
    void overseasTerritoriesHaveNoAreaValue(String territory) {
        assertThat(observatory.value(territory, "climat_jours_35_surface", ObservationPeriod.parse("2050s")))
                .isEmpty();
    }

    @Test
    void aCommunesValueIsItsNearestGridPointTheAreaValueOfACommune() throws IOException {
        // the communes' file names the grid point nearest each commune (drias_point)
        String point = null;
        var in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ClassPathResource("data/climat/drias_tracc2023_par_commune_cog2025.csv.gz")
                        .getInputStream()),
                StandardCharsets.UTF_8));
        List<String> header = List.of(in.readLine().split(","));
        for (String line = in.readLine(); line != null; line = in.readLine())
            if (line.startsWith("56121,")) point = line.split(",")[header.indexOf("drias_point")];
        String nearest = point;
        double gridValue = gridRows("NORTX35D_yr", "GWL20").stream()
                .filter(r -> r[0].equals(nearest))
                .mapToDouble(r -> Double.parseDouble(r[3]))
                .findFirst()
                .orElseThrow();
        assertThat(observatory
                        .value("56121", "climat_jours_35", ObservationPeriod.parse("2050s"))
                        .orElseThrow()
                        .value())
                .isEqualTo(gridValue);
        assertThat(observatory.value("56121", "climat_jours_35_surface", ObservationPeriod.parse("2050s")))
                .as("no duplicate of the commune value")
                .isEmpty();
    }

    @Test
    void areaValuesHaveTheirDistributionAndRanksLikeOthers() {
        var period = ObservationPeriod.parse("2050s");
        int epci = observatory
                .valuesAt("climat_jours_35_surface", period, TerritoryType.EPCI)
                .size();
        assertThat(epci).isGreaterThan(1200);
        assertThat(positions.count("climat_jours_35_surface", period, TerritoryType.EPCI))
                .isEqualTo(epci);
        assertThat(positions.distribution("climat_jours_35_surface", period, TerritoryType.DEPARTEMENT))
                .isPresent();
    }

    @Test
    void bothExposuresAreLabelledInTheCatalogueAndTheApi() {
        assertThat(observatory.indicator("climat_jours_35").orElseThrow().label())
                .contains("exposition des habitants, moyenne pondérée par la population");
        assertThat(observatory
                        .indicator("climat_jours_35_surface")
                        .orElseThrow()
                        .label())
                .contains("exposition du territoire, moyenne surfacique");
        var json = assertThat(mvc.get().uri("/api/v1/territoires/200042174/indicateurs"))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.valeurs[?(@.indicateur == 'climat_jours_35_surface')].libelle")
                .asArray()
                .singleElement()
                .asString()
                .contains("exposition du territoire");
        json.extractingPath("$.valeurs[?(@.indicateur == 'climat_jours_35')].libelle")
                .asArray()
                .singleElement()
                .asString()
                .contains("exposition des habitants");
    }

    @Test
    void theIndicatorPageAndTheTerritorySectionShowBothExposures() {
        assertThat(mvc.get().uri("/indicateurs/climat_jours_35_surface?niveau=epci"))
                .hasStatusOk()
                .bodyText()
                .contains("exposition du territoire, moyenne surfacique");
        assertThat(mvc.get().uri("/territoires/200042174/indicateurs").header("HX-Request", "true"))
                .hasStatusOk()
                .bodyText()
                .contains("exposition du territoire, moyenne surfacique")
                .contains("exposition des habitants, moyenne pondérée par la population");
    }

    /** The grid's rows for one column and level: point, latitude, longitude, value. */
    private static List<String[]> gridRows(String column, String level) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ClassPathResource(GRID).getInputStream()), StandardCharsets.UTF_8))) {
            List<String> header = List.of(in.readLine().split(","));
            Map<String, Integer> at = new HashMap<>();
            for (String name : List.of("point", "latitude", "longitude", "niveau", column))
                at.put(name, header.indexOf(name));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] c = line.split(",", -1);
                if (c[at.get("niveau")].equals(level))
                    rows.add(new String[] {
                        c[at.get("point")], c[at.get("latitude")], c[at.get("longitude")], c[at.get(column)]
                    });
            }
        }
        return rows;
    }

    /** A GeoJSON Polygon or MultiPolygon as one path, every ring a closed subpath, holes by the even-odd rule. */
    private static Path2D path(JsonNode geometry) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        JsonNode polygons = geometry.get("type").asString().equals("Polygon")
                ? JSON.createArrayNode().add(geometry.get("coordinates"))
                : geometry.get("coordinates");
        for (JsonNode polygon : polygons)
            for (JsonNode ring : polygon) {
                path.moveTo(ring.get(0).get(0).asDouble(), ring.get(0).get(1).asDouble());
                for (int i = 1; i < ring.size(); i++)
                    path.lineTo(
                            ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
                path.closePath();
            }
        return path;
    }
}
