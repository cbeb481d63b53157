package fr.resilience360.diagnostic;

import static fr.resilience360.referential.ReferentialFixtures.anyOrdinalRow;
import static fr.resilience360.referential.ReferentialFixtures.numeric;
import static fr.resilience360.referential.ReferentialFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.resilience360.referential.Anchors;
import fr.resilience360.referential.DataOrigin;
import fr.resilience360.referential.IndicatorKind;
import fr.resilience360.referential.IndicatorRow;
import fr.resilience360.referential.NeedCategory;
import fr.resilience360.referential.Referential;
import fr.resilience360.referential.ReferentialFixtures;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeightingAndRelativeBornageTest {

    private static final Referential DIAG360 = ReferentialFixtures.diag360();

    /** Answers for need bv1 only: « Oui » to bv1_i01 (row 4, action, internal), 24 h to bv1_i12 (row 5, état). */
    private static Diagnostic scoreWater(WeightingProfile profile) {
        return new DiagnosticScoring(DIAG360, profile).score(Map.of(4, CellValue.text("Oui"), 5, CellValue.number(24)));
    }

    private static Double waterScore(Diagnostic diagnostic) {
        return diagnostic.needs().stream()
                .filter(s -> s.need().id().equals("bv1"))
                .findFirst()
                .orElseThrow()
                .score();
    }

    @Test
    void equalWeightsGiveThePlainMeanAndSaySo() {
        Diagnostic diagnostic = scoreWater(WeightingProfile.equal());
        assertThat(waterScore(diagnostic)).isEqualTo(0.5);
        assertThat(diagnostic.weightingProfile()).isEqualTo("égal");
    }

    @Test
    void weightsByCriteriaMultiplyCategoryKindAndOrigin() {
        WeightingProfile stateFirst = WeightingProfile.byCriteria(
                "état ×3", Map.of(NeedCategory.VITAL, 2.0), Map.of(IndicatorKind.ETAT, 3.0), Map.of());
        Diagnostic diagnostic = scoreWater(stateFirst);
        assertThat(waterScore(diagnostic)).isCloseTo(0.25, within(1e-12)); // (1×2 + 0×6) / 8
        assertThat(diagnostic.weightingProfile()).isEqualTo("état ×3");
        WeightingProfile openDataOnly =
                WeightingProfile.byCriteria("données ouvertes", Map.of(), Map.of(), Map.of(DataOrigin.INTERNE, 0.0));
        assertThat(waterScore(scoreWater(openDataOnly))).isNull(); // both rows are answered from internal sources
    }

    @Test
    void customWeightsOfACollectiviteApplyByRowKeyAndZeroLeavesARowOut() {
        WeightingProfile custom = WeightingProfile.custom("personnalisé : CC du Test", Map.of("bv1/bv1_i12", 0.0), 1);
        Diagnostic diagnostic = scoreWater(custom);
        assertThat(waterScore(diagnostic)).isEqualTo(1.0);
        assertThat(diagnostic.indicators().get(2).note())
                .as("the note itself is still given")
                .isEqualTo(0.0);
        assertThat(diagnostic.weightingProfile()).isEqualTo("personnalisé : CC du Test");
    }

    @Test
    void scoresCategoriesAndObjectivesFromTheNotesThatExist() {
        Diagnostic diagnostic = scoreWater(WeightingProfile.equal());
        assertThat(diagnostic.categories())
                .filteredOn(g -> g.group().equals("Vitaux"))
                .singleElement()
                .satisfies(g -> assertThat(g.score()).isEqualTo(0.5));
        assertThat(diagnostic.categories())
                .filteredOn(g -> g.group().equals("Induits"))
                .singleElement()
                .satisfies(g -> assertThat(g.score()).isNull());
        assertThat(diagnostic.objectives())
                .filteredOn(g -> g.group().equals("Transverse"))
                .singleElement()
                .satisfies(g -> assertThat(g.score()).isEqualTo(1.0));
    }

    @Test
    void aCurveChosenForOneIndicatorChangesOnlyThatNote() {
        Referential curved = DIAG360.mapRows(r -> r.placement().sheetRow() == 5 ? r.withCurveK(2) : r);
        Diagnostic diagnostic =
                new DiagnosticScoring(curved).score(Map.of(5, CellValue.number(36), 9, CellValue.number(1)));
        assertThat(diagnostic.indicators().get(2).note()).isCloseTo(Math.expm1(1) / Math.expm1(2), within(1e-12));
        assertThat(diagnostic.indicators().get(6).note()).isEqualTo(0.5);
    }

    @ParameterizedTest(name = "p={0} → {1}")
    @CsvSource({"0, 1", "1, 10", "0.5, 5.5", "0.1, 1.9", "0.9, 9.1", "0.25, 3.25"})
    void computesQuantilesByLinearInterpolation(double p, double expected) {
        double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(RelativeBornage.quantile(values, p)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void turnsQuantilePositionsIntoThresholds() {
        double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(RelativeBornage.thresholds(values, 0.1, null, 0.9)).isEqualTo(new Anchors(1.9, null, 9.1));
    }

    @Test
    void relativeThresholdsKeepTheRowsDirection() {
        double[] population = new double[101];
        Arrays.setAll(population, i -> i);
        IndicatorRow lowerIsBetter = row(numeric(new Anchors(32.3, null, 2.9))); // as bi3_i03
        assertThat(RelativeBornage.apply(lowerIsBetter, population).scoring().anchors())
                .isEqualTo(new Anchors(90.0, 50.0, 10.0));
        IndicatorRow higherIsBetter = row(numeric(new Anchors(25.0, null, 40.9))); // as be2_i10
        assertThat(RelativeBornage.apply(higherIsBetter, population).scoring().anchors())
                .isEqualTo(new Anchors(10.0, 50.0, 90.0));
    }

    @Test
    void refusesRelativeThresholdsForAnOrdinalRow() {
        assertThatThrownBy(() -> RelativeBornage.apply(anyOrdinalRow(), new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bornage relatif impossible sur un indicateur qualitatif");
    }

    @Test
    void treatsAnEmptyAnswerAsMissingNeverAsZero() {
        Diagnostic diagnostic =
                new DiagnosticScoring(DIAG360).score(Map.of(5, CellValue.text(""), 4, CellValue.text("Oui")));
        assertThat(diagnostic.indicators().get(2).hasNote()).isFalse();
        assertThat(waterScore(diagnostic)).isEqualTo(1.0);
        assertThat(diagnostic.completion()).isEqualTo(1.0 / 124);
        assertThat(diagnostic.anomalies()).isEmpty();
    }

    @Test
    void reportsAnAnswerThatDoesNotFitWithItsRowIdAndReason() {
        Diagnostic diagnostic = new DiagnosticScoring(DIAG360).score(Map.of(5, CellValue.text("NC")));
        assertThat(diagnostic.anomalies()).singleElement().satisfies(a -> {
            assertThat(a.row()).isEqualTo(5);
            assertThat(a.id()).isEqualTo("bv1_i12");
            assertThat(a.message()).contains("« NC » n'est pas un nombre");
        });
        assertThat(diagnostic.completion())
                .as("an answer that cannot be scored still counts as filled")
                .isEqualTo(1.0 / 124);
    }
}
