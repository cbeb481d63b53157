package fr.resilience360.diagnostic.prefill;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityAndJobsScaleTest {

    @ParameterizedTest(name = "employment rate {0} %, {1} jobs per 100 employed residents → level {2}")
    @CsvSource(textBlock = """
            # rate, jobs, level, reading
            55.0,   50.0,  1,    both weak: little activity, residents work elsewhere or not at all
            66.74,  50.0,  2,    the lower tercile limit of the rate belongs to the middle tercile
            68.0,   80.0,  3,    both in the middle tercile
            64.96,  106.3, 3,    residents employed less than elsewhere, more jobs than employed residents
            75.0,   60.0,  3,    dormitory territory: residents work, but elsewhere
            72.0,   93.53, 5,    both strong: residents live and work in the territory
            70.83,  120.0, 5,    the upper tercile limit belongs to the upper tercile
            """)
    void crossesTheTwoFiguresIntoTheFiveLevelsOfTheDatarScale(double rate, double jobs, int level, String reading) {
        assertThat(ActivityAndJobsScale.level(rate, jobs)).as(reading).isEqualTo(level);
    }

    @Property
    void levelStaysBetweenOneAndFiveAndGrowsWithEitherFigure(
            @ForAll @DoubleRange(min = 20, max = 90) double rate,
            @ForAll @DoubleRange(min = 10, max = 250) double jobs,
            @ForAll @DoubleRange(min = 0, max = 30) double more) {
        double level = ActivityAndJobsScale.level(rate, jobs);
        assertThat(level).isBetween(1.0, 5.0);
        assertThat(ActivityAndJobsScale.level(rate + more, jobs)).isGreaterThanOrEqualTo(level);
        assertThat(ActivityAndJobsScale.level(rate, jobs + more)).isGreaterThanOrEqualTo(level);
    }
}
