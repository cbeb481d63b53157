package fr.resilience360.observatory.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class OutlineTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A square 0–10 with a square hole 4–6. */
    private static final String SQUARE_WITH_HOLE = """
            {"type": "Polygon", "coordinates": [
              [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
              [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]]}""";

    /** Two islands: the squares 0–2 and 5–7, and the sea between them. */
    private static final String TWO_ISLANDS = """
            {"type": "MultiPolygon", "coordinates": [
              [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]],
              [[[5, 5], [7, 5], [7, 7], [5, 7], [5, 5]]]]}""";

    /** A triangle whose bounding box is 0–10 × 0–10: its upper-left half is outside. */
    private static final String TRIANGLE = """
            {"type": "Polygon", "coordinates": [[[0, 0], [10, 0], [10, 10], [0, 0]]]}""";

    private static Outline outline(String geoJson) {
        return Outline.fromGeoJson(JSON.readTree(geoJson));
    }

    @ParameterizedTest(name = "({0}, {1}) inside the square with a hole: {2}")
    @CsvSource(textBlock = """
            # x, y,   inside
            1,   1,   true
            9.9, 5,   true
            5,   5,   false
            4.5, 5.5, false
            3,   5,   true
            11,  5,   false
            -1,  -1,  false
            """)
    void aPointInTheHoleIsOutside(double x, double y, boolean inside) {
        assertThat(outline(SQUARE_WITH_HOLE).contains(x, y)).isEqualTo(inside);
    }

    @ParameterizedTest(name = "({0}, {1}) inside two islands: {2}")
    @CsvSource(textBlock = """
            1,   1,   true
            6,   6,   true
            3.5, 3.5, false
            1,   6,   false
            """)
    void aMultiPolygonHoldsThePointsOfEachOfItsParts(double x, double y, boolean inside) {
        assertThat(outline(TWO_ISLANDS).contains(x, y)).isEqualTo(inside);
    }

    @Test
    void aPointInTheBoundingBoxButOutsideThePolygonIsOutside() {
        Outline triangle = outline(TRIANGLE);
        assertThat(triangle.inBoundingBox(2, 8)).isTrue();
        assertThat(triangle.contains(2, 8)).isFalse();
        assertThat(triangle.contains(8, 2)).isTrue();
    }

    @Test
    void anUnclosedRingIsClosedByItsLastEdge() {
        Outline open = outline("""
                {"type": "Polygon", "coordinates": [[[0, 0], [10, 0], [10, 10], [0, 10]]]}""");
        assertThat(open.contains(5, 5)).isTrue();
        assertThat(open.contains(5, 11)).isFalse();
    }

    @Test
    void theCentreIsTheAreaWeightedCentroidOfThePolygonsWhateverTheirOrientation() {
        // a 2×2 square around (1, 1) counter-clockwise, and a 4×4 square around (12, 2) clockwise: weights 4 and 16
        Outline two = outline("""
                {"type": "MultiPolygon", "coordinates": [
                  [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]],
                  [[[10, 0], [10, 4], [14, 4], [14, 0], [10, 0]]]]}""");
        double[] centre = two.centroid();
        assertThat(centre[0]).isCloseTo((1 * 4 + 12 * 16) / 20.0, within(1e-9));
        assertThat(centre[1]).isCloseTo((1 * 4 + 2 * 16) / 20.0, within(1e-9));
    }

    @Test
    void refusesAGeometryWithoutArea() {
        assertThatThrownBy(() -> outline("{\"type\": \"Point\", \"coordinates\": [1, 2]}"))
                .hasMessageContaining("Point");
    }
}
