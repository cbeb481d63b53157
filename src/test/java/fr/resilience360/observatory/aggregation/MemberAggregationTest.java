package fr.resilience360.observatory.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.resilience360.observatory.AggregationRule;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The aggregation rules on three communes (population 1000, 3000, 6000); "-" is a commune without value. */
class MemberAggregationTest {

    static final double[] POPULATION = {1000, 3000, 6000};

    @ParameterizedTest(name = "{0} of [{1}] weighted by [{2}] = {3}, coverage {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule           | values       | weights     | value  | coverage
            SOMME            | 2 ; 3 ; 5     | -           | 10     | 1
            SOMME            | 2 ; - ; 5     | -           | 7      | 0.7
            MOYENNE_PONDEREE | 10 ; 20 ; 40  | 1 ; 1 ; 2   | 27.5   | 1
            MOYENNE_PONDEREE | 10 ; 20 ; -   | 1 ; 3 ; 2   | 17.5   | 0.4
            MOYENNE_PONDEREE | 10 ; 20 ; 40  | 1 ; - ; 1   | 25     | 0.7
            RATIO            | 1 ; 1 ; 2     | 1000 ; 3000 ; 6000 | 4 | 1
            PART_COMMUNES    | 1 ; 0 ; 1     | -           | 0.6667 | 1
            PART_COMMUNES    | 1 ; 0 ; -     | -           | 0.5    | 0.4
            MAX              | 0 ; 1 ; 0     | -           | 1      | 1
            MAX              | - ; 0 ; 0     | -           | 0      | 0.9
            """)
    void aggregatesWithTheDeclaredRule(String rule, String values, String weights, double value, double coverage) {
        AggregationRule r = AggregationRule.valueOf(rule);
        MemberAggregation.Result result = MemberAggregation.aggregate(
                r,
                new int[] {0, 1, 2},
                numbers(values),
                weights.equals("-") ? null : numbers(weights),
                POPULATION,
                r == AggregationRule.RATIO ? 10_000 : 1);
        assertThat(result.value()).isCloseTo(value, within(1e-4));
        assertThat(result.coverage()).isCloseTo(coverage, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"SOMME", "MOYENNE_PONDEREE", "PART_COMMUNES", "MAX"})
    void aTerritoryWithoutAnyValuedCommuneHasNoValueRatherThanZero(String rule) {
        double[] none = {Double.NaN, Double.NaN, Double.NaN};
        assertThat(MemberAggregation.aggregate(
                        AggregationRule.valueOf(rule), new int[] {0, 1, 2}, none, POPULATION, POPULATION, 1))
                .isNull();
    }

    private static double[] numbers(String list) {
        return Arrays.stream(list.split(";"))
                .map(String::trim)
                .mapToDouble(s -> s.equals("-") ? Double.NaN : Double.parseDouble(s))
                .toArray();
    }
}
