package fr.resilience360.diagnostic.prefill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

class ActivityAndJobsScaleTest {

    /** A comma outside double quotes (EPCI names such as "CC Cœur de Savoie, …" are quoted). */
    static final String OUTSIDE_QUOTES = ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)";

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

    @ParameterizedTest(name = "{0}: terciles {1} and {2}")
    @CsvSource({
        "eco_txemp_1564_22, " + ActivityAndJobsScale.EMPLOYMENT_RATE_LOW + ", "
                + ActivityAndJobsScale.EMPLOYMENT_RATE_HIGH,
        "eco_ratio_emplt_actoc_22, " + ActivityAndJobsScale.CONCENTRATION_LOW + ", "
                + ActivityAndJobsScale.CONCENTRATION_HIGH
    })
    void limitsAreTheTercilesOfTheBundledInseeEpciFile(String column, double low, double high) throws IOException {
        List<Double> values = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ClassPathResource("data/insee/epci_indicateurs_logement_revenus_emploi.csv.gz")
                        .getInputStream()),
                StandardCharsets.UTF_8))) {
            List<String> header = List.of(reader.readLine().split(",", -1));
            int index = header.indexOf(column);
            reader.lines()
                    .map(line -> line.split(OUTSIDE_QUOTES, -1)[index])
                    .filter(cell -> !cell.isBlank())
                    .map(Double::valueOf)
                    .forEach(values::add);
        }
        Collections.sort(values);
        int n = values.size();
        assertThat(n).isGreaterThan(1200);
        assertThat(low).isEqualTo(values.get(n / 3));
        assertThat(high).isEqualTo(values.get(2 * n / 3));
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
