package fr.resilience360.action.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorProgressTest {

    static Details.Indicator indicator(int baselineYear, Details.Point... points) {
        return new Details.Indicator(1, 1, "Surface en bio", "ha", baselineYear, "Agence bio", List.of(points));
    }

    static Details.Point result(int year, double value) {
        return new Details.Point(year, SeriesKind.RESULTAT, value);
    }

    static Details.Point target(int year, double value) {
        return new Details.Point(year, SeriesKind.OBJECTIF, value);
    }

    @Test
    void progressIsTheShareOfTheWayFromBaselineToTargetCoveredByTheLatestResult() {
        var p = IndicatorProgress.of(indicator(
                2020, result(2020, 100), result(2022, 120), result(2024, 150), target(2025, 180), target(2030, 300)));
        assertThat(p.ratio()).isEqualTo(0.25);
        assertThat(p.percent()).isEqualTo(25);
        assertThat(p.resultYear()).isEqualTo(2024);
        assertThat(p.targetYear()).isEqualTo(2030);
    }

    @Test
    void aDecreasingTargetCountsTheDecreaseAsProgress() {
        var p = IndicatorProgress.of(indicator(2020, result(2020, 50), result(2023, 40), target(2030, 30)));
        assertThat(p.percent()).isEqualTo(50);
    }

    @Test
    void movingAwayFromTheTargetIsNegativeProgressShownAsItIs() {
        var p = IndicatorProgress.of(indicator(2020, result(2020, 50), result(2023, 60), target(2030, 30)));
        assertThat(p.percent()).isEqualTo(-50);
    }

    @Test
    void withoutBaselineResultTargetOrLaterResultThereIsNoProgressAndItSaysWhy() {
        assertThat(IndicatorProgress.of(indicator(2020, result(2022, 1), target(2030, 2)))
                        .missing())
                .isEqualTo("pas de résultat pour l'année de référence 2020");
        assertThat(IndicatorProgress.of(indicator(2020, result(2020, 1), result(2022, 2)))
                        .missing())
                .isEqualTo("pas d'objectif");
        assertThat(IndicatorProgress.of(indicator(2020, result(2020, 1), target(2030, 2)))
                        .missing())
                .isEqualTo("pas de résultat après l'année de référence");
        assertThat(IndicatorProgress.of(indicator(2020, result(2020, 2), result(2021, 2), target(2030, 2)))
                        .ratio())
                .isNull();
    }
}
