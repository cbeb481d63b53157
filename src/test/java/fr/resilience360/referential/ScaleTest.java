package fr.resilience360.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleTest {

    @ParameterizedTest(name = "{0} en {1} → {3} en {2}")
    @CsvSource({
        "0.0821, FRACTION, PERCENT,  8.21",
        "8.21,   PERCENT,  FRACTION, 0.0821",
        "0.5,    FRACTION, FRACTION, 0.5",
        "32.3,   PERCENT,  PERCENT,  32.3",
        "12,     RAW,      PERCENT,  12",
        "0.4,    FRACTION, RAW,      0.4",
    })
    void convertsOnlyBetweenFractionsAndPercentages(double value, Scale from, Scale to, double expected) {
        assertThat(to.convert(value, from)).isCloseTo(expected, within(1e-12));
    }

    @org.junit.jupiter.api.Test
    void aRowConvertsAnObservatoryFractionIntoItsPercentageScale() {
        Referential diag360 = ReferentialFixtures.diag360();
        IndicatorRow remotePopulation = diag360.rowAt(46).orElseThrow(); // bi3_i03, thresholds 32.3 … 2.9 %
        assertThat(remotePopulation.scale()).isEqualTo(Scale.PERCENT);
        assertThat(remotePopulation.toRowScale(0.0821, Scale.FRACTION)).isCloseTo(8.21, within(1e-12));
        IndicatorRow drought = diag360.rowAt(16).orElseThrow(); // bv1_i09, thresholds 0.89 … 0
        assertThat(drought.scale()).isEqualTo(Scale.FRACTION);
        assertThat(drought.toRowScale(8.21, Scale.PERCENT)).isCloseTo(0.0821, within(1e-12));
    }
}
