package fr.resilience360.observatory.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SafranGridTest {

    static final GridMapping.Layout LAYOUT = new GridMapping.Layout(
            ",",
            "point",
            "latitude",
            "longitude",
            "niveau",
            Map.of("GWL15", "2030s", "GWL20", "2050s"),
            "grille de test");

    /** Three points, two levels each; point 3 has no value at GWL20. */
    static SafranGrid grid() throws IOException {
        String csv = """
                point,latitude,longitude,niveau,JOURS,n
                1,47.0,-3.0,GWL15,10,17
                1,47.0,-3.0,GWL20,20,17
                2,47.0,-2.0,GWL15,30,17
                2,47.0,-2.0,GWL20,40,17
                3,48.0,-3.0,GWL15,50,17
                3,48.0,-3.0,GWL20,,17
                """;
        return SafranGrid.read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), LAYOUT, List.of("JOURS"));
    }

    @Test
    void readsOnePointPerIdWithItsValuesByLevel() throws IOException {
        SafranGrid grid = grid();
        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.longitude()).containsExactly(-3.0, -2.0, -3.0);
        assertThat(grid.latitude()).containsExactly(47.0, 47.0, 48.0);
        assertThat(grid.values().get("JOURS|GWL15")).containsExactly(10, 30, 50);
        assertThat(grid.values().get("JOURS|GWL20")[1]).isEqualTo(40);
        assertThat(grid.values().get("JOURS|GWL20")[2]).isNaN();
    }

    @Test
    void theMeanCountsOnlyThePointsWithAValue() throws IOException {
        double[] gwl20 = grid().values().get("JOURS|GWL20");
        assertThat(SafranGrid.mean(gwl20, new int[] {0, 1, 2})).isEqualTo(new SafranGrid.Mean(30, 2));
        assertThat(SafranGrid.mean(grid().values().get("JOURS|GWL15"), new int[] {0, 1, 2}))
                .isEqualTo(new SafranGrid.Mean(30, 3));
        assertThat(SafranGrid.mean(gwl20, new int[] {2})).isNull();
        assertThat(SafranGrid.mean(gwl20, new int[0])).isNull();
    }

    @Test
    void findsThePointsInsideAnOutlineAndTheNearestPoint() throws IOException {
        SafranGrid grid = grid();
        Outline west = new Outline(List.of(List.of(
                new Outline.Ring(new double[] {-3.5, -2.5, -2.5, -3.5}, new double[] {46.5, 46.5, 48.5, 48.5}))));
        assertThat(grid.inside(west)).containsExactly(0, 2);
        assertThat(grid.nearest(-2.1, 47.1)).isEqualTo(1);
        // one degree of latitude is ≈ 111 km
        assertThat(grid.distanceKm(0, -3.0, 48.0)).isCloseTo(111.2, within(0.1));
    }

    @Test
    void refusesAGridWithoutAColumnTheMappingReads() {
        String csv = "point,latitude,longitude,niveau\n1,47,-3,GWL15\n";
        assertThatThrownBy(() -> SafranGrid.read(
                        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), LAYOUT, List.of("JOURS")))
                .hasMessageContaining("JOURS");
    }
}
