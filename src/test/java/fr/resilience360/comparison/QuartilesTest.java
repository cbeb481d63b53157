package fr.resilience360.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuartilesTest {

    @Test
    void interpolatesBetweenTheClosestRanksAsQuantileInc() {
        // sorted: 0.1 0.2 0.4 0.7 0.9 — h = 4p: q1 at rank 1, median at 2, q3 at 3
        Quartiles q = Quartiles.of(0.9, 0.1, 0.4, 0.7, 0.2).orElseThrow();

        assertThat(q.n()).isEqualTo(5);
        assertThat(q.q1()).isEqualTo(0.2);
        assertThat(q.median()).isEqualTo(0.4);
        assertThat(q.q3()).isEqualTo(0.7);
    }

    @ParameterizedTest(name = "{0} → q1 {1}, médiane {2}, q3 {3}")
    @CsvSource(
            delimiter = ';',
            value = {
                "0.5;                 0.5;   0.5;   0.5",
                "0, 1;                0.25;  0.5;   0.75",
                "0.2, 0.4, 0.6, 0.8;  0.35;  0.5;   0.65",
                "1, 2, 3, 4, 5, 6;    2.25;  3.5;   4.75",
                "0.3, 0.3, 0.3, 1;    0.3;   0.3;   0.475"
            })
    void matchesTheSpreadsheetOnHandMadeSets(String values, double q1, double median, double q3) {
        double[] xs = java.util.Arrays.stream(values.split(","))
                .mapToDouble(v -> Double.parseDouble(v.strip()))
                .toArray();
        Quartiles q = Quartiles.of(xs).orElseThrow();

        assertThat(q.q1()).isCloseTo(q1, within(1e-12));
        assertThat(q.median()).isCloseTo(median, within(1e-12));
        assertThat(q.q3()).isCloseTo(q3, within(1e-12));
    }

    @Test
    void hasNoQuartilesWithoutValuesAndLeavesNaNOut() {
        assertThat(Quartiles.of()).isEmpty();
        assertThat(Quartiles.of(Double.NaN)).isEmpty();
        assertThat(Quartiles.of(Double.NaN, 0.4).orElseThrow().n()).isEqualTo(1);
    }

    @Property
    void quartilesAreOrderedAndWithinTheValues(
            @ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = 0, max = 1) Double> values) {
        Quartiles q = Quartiles.of(unbox(values)).orElseThrow();
        double min = Collections.min(values), max = Collections.max(values);

        assertThat(q.n()).isEqualTo(values.size());
        assertThat(q.q1()).isBetween(min, max).isLessThanOrEqualTo(q.median());
        assertThat(q.median()).isLessThanOrEqualTo(q.q3());
        assertThat(q.q3()).isBetween(min, max);
    }

    @Property
    void orderOfTheValuesDoesNotMatter(
            @ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = 0, max = 1) Double> values) {
        List<Double> reversed = new ArrayList<>(values);
        Collections.reverse(reversed);
        Collections.swap(reversed, 0, reversed.size() - 1);

        assertThat(Quartiles.of(unbox(reversed))).isEqualTo(Quartiles.of(unbox(values)));
    }

    @Property
    void aQuarterOfTheValuesAtMostLieBelowTheFirstQuartile(
            @ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = 0, max = 1) Double> values) {
        Quartiles q = Quartiles.of(unbox(values)).orElseThrow();
        long below = values.stream().filter(v -> v < q.q1()).count();
        long above = values.stream().filter(v -> v > q.q3()).count();

        assertThat(below).isLessThanOrEqualTo((values.size() - 1) / 4 + 1);
        assertThat(above).isLessThanOrEqualTo((values.size() - 1) / 4 + 1);
    }

    private static double[] unbox(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
