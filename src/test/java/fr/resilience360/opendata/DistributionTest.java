package fr.resilience360.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistributionTest {

    private final Distribution oneToFive = Distribution.of(new double[] {5, 1, 4, 2, 3});

    @ParameterizedTest(name = "quantile {0} = {1}")
    @CsvSource({"0, 1", "0.25, 2", "0.5, 3", "0.75, 4", "1, 5", "0.1, 1.4"})
    void quantilesInterpolateBetweenOrderStatistics(double p, double expected) {
        assertThat(oneToFive.quantile(p)).isCloseTo(expected, within(1e-12));
    }

    @ParameterizedTest(name = "percentile of {0} = {1}")
    @CsvSource({"1, 10", "3, 50", "5, 90", "0, 0", "6, 100", "3.5, 60"})
    void percentileCountsLowerValuesAndHalfTheTies(double value, double expected) {
        assertThat(oneToFive.percentile(value)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void histogramKeepsEveryValue() {
        List<Distribution.Bin> bins = oneToFive.histogram(4);
        assertThat(bins).hasSize(4);
        assertThat(bins.stream().mapToInt(Distribution.Bin::count).sum()).isEqualTo(5);
    }

    @Test
    void anEmptyDistributionHasNoQuantile() {
        Distribution empty = Distribution.of(new double[0]);
        assertThat(empty.quantile(0.5)).isNaN();
        assertThat(empty.histogram(10)).isEmpty();
    }

    @Property
    void percentilesStayWithinBoundsAndGrowWithTheValue(
            @ForAll @Size(min = 1, max = 50) List<@DoubleRange(min = -1e6, max = 1e6) Double> values,
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double a,
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double b) {
        Distribution d =
                Distribution.of(values.stream().mapToDouble(Double::doubleValue).toArray());
        double pa = d.percentile(Math.min(a, b));
        double pb = d.percentile(Math.max(a, b));
        assertThat(pa).isBetween(0.0, 100.0);
        assertThat(pb).isGreaterThanOrEqualTo(pa);
    }
}
