package fr.resilience360.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObservationPeriodTest {

    @ParameterizedTest
    @CsvSource({"2022, ANNEE", "2022-03, MOIS", "2050s, DECENNIE"})
    void parsesYearsMonthsAndDecadesAndPrintsThemBack(String text, ObservationPeriod.Kind kind) {
        ObservationPeriod period = ObservationPeriod.parse(text);
        assertThat(period.kind()).isEqualTo(kind);
        assertThat(period).hasToString(text);
    }

    @ParameterizedTest
    @CsvSource({"22", "2022-13", "2055s", "deux mille", "''"})
    void rejectsWhatIsNotAPeriod(String text) {
        assertThatThrownBy(() -> ObservationPeriod.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"2021, 2022", "2022-01, 2022-02", "2022, 2022-03"})
    void ordersPeriodsInTime(String earlier, String later) {
        assertThat(ObservationPeriod.parse(earlier)).isLessThan(ObservationPeriod.parse(later));
    }
}
