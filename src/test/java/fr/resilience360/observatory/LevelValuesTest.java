package fr.resilience360.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelValuesTest {

    private static final double[] SORTED = {1, 2, 2, 2, 5, 8};

    @ParameterizedTest(name = "{0} among 1 2 2 2 5 8: rank {1}, percentile {2}")
    @CsvSource({
        "8, 1, 91.66666666666667", // the highest: 5 below
        "5, 2, 75.0",
        "2, 3, 41.66666666666667", // three ties share rank 3: 1 below, 3 equal
        "1, 6, 8.333333333333332",
        "0, 7, 0.0", // a value below all: ranked after every other
        "9, 1, 100.0"
    })
    void rankIsOnePlusTheHigherValuesAndPercentileCountsTiesHalf(double value, int rank, double percentile) {
        var position = levelOf(SORTED).position("x", ObservationPeriod.ofYear(2022), value);

        assertThat(position.rank()).isEqualTo(rank);
        assertThat(position.count()).isEqualTo(6);
        assertThat(position.percentile()).isCloseTo(percentile, within(1e-9));
    }

    @Property
    void agreesWithCountingEveryValue(@ForAll @Size(min = 1, max = 60) double[] values, @ForAll int pick) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double value = values[Math.floorMod(pick, values.length)];
        long below = Arrays.stream(values).filter(v -> v < value).count();
        long equal = Arrays.stream(values).filter(v -> v == value).count();

        var position = levelOf(sorted).position("x", ObservationPeriod.ofYear(2022), value);

        assertThat(position.rank()).isEqualTo(values.length - below - equal + 1);
        assertThat(position.percentile()).isCloseTo((below + 0.5 * equal) / values.length * 100, within(1e-9));
    }

    private static LevelValues levelOf(double[] sorted) {
        return new LevelValues(new RelativePositions.Distribution(sorted.length, 0, 0, 0, 0, 0, 0, 0, 0), sorted);
    }
}
