package fr.resilience360.observatory.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GridPlacementsTest {

    private static Outline square(double x0, double y0, double x1, double y1) {
        return new Outline(
                List.of(List.of(new Outline.Ring(new double[] {x0, x1, x1, x0}, new double[] {y0, y0, y1, y1}))));
    }

    @Test
    void aTerritoryTakesThePointsInsideItsOutline() throws IOException {
        var placed = GridPlacements.place(SafranGridTest.grid(), Map.of("west", square(-3.5, 46.5, -2.5, 48.5)));
        assertThat(placed.get("west").points()).containsExactly(0, 2);
        assertThat(placed.get("west").fallbackKm()).isNull();
    }

    @Test
    void aTerritoryTooSmallForAPointTakesTheNearestWithinTheFallbackDistance() throws IOException {
        // a 2 km wide square about 5 km east of point 1 (47 N, 3 W)
        var small = square(-2.945, 46.99, -2.92, 47.01);
        var placed = GridPlacements.place(SafranGridTest.grid(), Map.of("small", small));
        assertThat(placed.get("small").points()).containsExactly(0);
        assertThat(placed.get("small").fallbackKm()).isBetween(4.0, GridPlacements.FALLBACK_KM);
    }

    @Test
    void aTerritoryFarFromTheGridHasNoPoint() throws IOException {
        // Guadeloupe, about 6,700 km from the metropolitan grid
        var placed = GridPlacements.place(SafranGridTest.grid(), Map.of("dep-971", square(-61.8, 15.8, -61.0, 16.5)));
        assertThat(placed).doesNotContainKey("dep-971");
    }

    @Test
    void franceHoldsEachPointInsideItsRegionsOnceAndNoFallbackPoint() {
        var union = GridPlacements.union(List.of(
                new GridPlacements.Placement(new int[] {0, 2}, null),
                new GridPlacements.Placement(new int[] {2, 5}, null),
                new GridPlacements.Placement(new int[] {7}, 3.0)));
        assertThat(union.points()).containsExactly(0, 2, 5);
    }

    @Test
    void theDetailSaysHowManyPointsOrWhichFallback() {
        assertThat(AreaDetails.of("grille SAFRAN (8 km)", "200042174", 37, null))
                .isEqualTo("moyenne de 37 points de la grille SAFRAN (8 km) dans le contour");
        assertThat(AreaDetails.of("grille SAFRAN (8 km)", "FR", 8000, null)).endsWith("dans le contour des régions");
        assertThat(AreaDetails.of("grille SAFRAN (8 km)", "200000001", 1, 4.25))
                .isEqualTo("aucun point de la grille SAFRAN (8 km) dans le contour : point le plus proche de son centre"
                        + " (à 4,3 km)");
    }
}
