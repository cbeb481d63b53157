package fr.resilience360.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

/** Invariants of the rules, for any thresholds and values. */
class ScoringProperties {

    @Property
    void notesStayWithinZeroAndOne(
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double value,
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double lower,
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double upper) {
        Assume.that(lower != upper);
        assertThat(LinearNoteRule.note(value, lower, upper)).isBetween(0.0, 1.0);
    }

    @Property
    void notesGrowTowardsTheValueScoredOneWhicheverTheDirection(
            @ForAll @DoubleRange(min = -1e4, max = 1e4) double a,
            @ForAll @DoubleRange(min = -1e4, max = 1e4) double b,
            @ForAll @DoubleRange(min = -1e4, max = 1e4) double lower,
            @ForAll @DoubleRange(min = -1e4, max = 1e4) double upper) {
        Assume.that(lower != upper);
        double closer = upper > lower ? Math.max(a, b) : Math.min(a, b);
        double farther = upper > lower ? Math.min(a, b) : Math.max(a, b);
        assertThat(LinearNoteRule.note(closer, lower, upper))
                .isGreaterThanOrEqualTo(LinearNoteRule.note(farther, lower, upper));
    }

    @Property
    void valuesBeyondTheThresholdsAreClamped(
            @ForAll @DoubleRange(min = -1e4, max = 1e4) double lower,
            @ForAll @DoubleRange(min = -1e4, max = 1e4) double upper,
            @ForAll @DoubleRange(min = 0, max = 1e4, minIncluded = false) double beyond) {
        Assume.that(lower != upper);
        double direction = Math.signum(upper - lower);
        assertThat(LinearNoteRule.note(upper + direction * beyond, lower, upper))
                .isEqualTo(1.0);
        assertThat(LinearNoteRule.note(lower - direction * beyond, lower, upper))
                .isEqualTo(0.0);
    }

    @Property
    void everyCurveGoesFromZeroToOne(@ForAll @DoubleRange(min = -20, max = 20) double k) {
        assertThat(CurveRule.shape(0, k)).isCloseTo(0.0, within(1e-12));
        assertThat(CurveRule.shape(1, k)).isCloseTo(1.0, within(1e-12));
    }

    @Property
    void everyCurveIsMonotoneAndStaysWithinZeroAndOne(
            @ForAll @DoubleRange(min = -20, max = 20) double k,
            @ForAll @DoubleRange(min = 0, max = 1) double t1,
            @ForAll @DoubleRange(min = 0, max = 1) double t2) {
        double low = CurveRule.shape(Math.min(t1, t2), k);
        double high = CurveRule.shape(Math.max(t1, t2), k);
        assertThat(low).isLessThanOrEqualTo(high + 1e-15);
        assertThat(high).isBetween(-1e-12, 1 + 1e-12);
    }

    @Property
    void theLinearCurveLeavesTheWorkbooksNoteUnchanged(@ForAll @DoubleRange(min = 0, max = 1) double t) {
        assertThat(CurveRule.shape(t, 0)).isEqualTo(t);
    }

    @Property
    void aNegativeKRewardsFirstProgressAndAPositiveKTheLastSteps(
            @ForAll @DoubleRange(min = 0.01, max = 0.99) double t, @ForAll @DoubleRange(min = 0.5, max = 20) double k) {
        assertThat(CurveRule.shape(t, -k)).isGreaterThan(t);
        assertThat(CurveRule.shape(t, k)).isLessThan(t);
    }
}
