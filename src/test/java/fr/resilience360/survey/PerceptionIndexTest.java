package fr.resilience360.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.resilience360.online.PortraitPerceptions.Perception;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The inhabitants' perception index of a need: (mean − 1) / 4 on the portrait's 0–1 scale, from 5 answers. */
class PerceptionIndexTest {

    @ParameterizedTest(name = "{0} réponses totalisant {1} → indice {2}")
    @CsvSource(
            nullValues = "aucun",
            value = {
                "0,     0,   aucun", // no answer
                "1,     5,   aucun", // a single answer is not the inhabitants' view
                "4,     20,  aucun", // still under the threshold
                "5,     5,   0.0", // all « très difficile »
                "5,     25,  1.0", // all « sans aucune difficulté »
                "5,     15,  0.5", // the middle of the scale
                "5,     21,  0.8", // mean 4.2
                "148,   415, 0.451", // mean 2.804
            })
    void indexIsTheMeanRescaledToZeroOneFromFiveAnswers(long answers, double sum, Double index) {
        Perception p = PerceptionIndex.of(answers, sum);

        assertThat(p.answers()).isEqualTo(answers);
        assertThat(p.minimum()).isEqualTo(5);
        if (index == null) assertThat(p.shown()).isFalse();
        else assertThat(p.index()).isCloseTo(index, within(0.001));
    }

    @ParameterizedTest
    @CsvSource({"5, 4", "5, 26", "-1, 0"})
    void refusesASumNoNotesOfOneToFiveCanGive(long answers, double sum) {
        assertThatThrownBy(() -> PerceptionIndex.of(answers, sum)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void indexStaysWithinZeroAndOne(@ForAll @Size(min = 5, max = 300) List<@IntRange(min = 1, max = 5) Integer> notes) {
        Perception p = of(notes);

        assertThat(p.index()).isBetween(0.0, 1.0);
        assertThat(p.answers()).isEqualTo(notes.size());
    }

    @Property
    void raisingOneAnswerNeverLowersTheIndex(
            @ForAll @Size(min = 5, max = 300) List<@IntRange(min = 1, max = 5) Integer> notes,
            @ForAll @IntRange(min = 0, max = 299) int which) {
        int at = which % notes.size();
        List<Integer> raised = new ArrayList<>(notes);
        raised.set(at, Math.min(5, notes.get(at) + 1));

        assertThat(of(raised).index()).isGreaterThanOrEqualTo(of(notes).index());
    }

    @Property
    void anAnswerAboveTheIndexRaisesItAndOneBelowLowersIt(
            @ForAll @Size(min = 5, max = 300) List<@IntRange(min = 1, max = 5) Integer> notes,
            @ForAll @IntRange(min = 1, max = 5) int added) {
        double before = of(notes).index();
        List<Integer> more = new ArrayList<>(notes);
        more.add(added);
        double after = of(more).index();

        double rescaled = PerceptionIndex.rescaled(added);
        if (rescaled > before) assertThat(after).isGreaterThan(before);
        if (rescaled < before) assertThat(after).isLessThan(before);
        if (rescaled == before) assertThat(after).isCloseTo(before, within(1e-12));
    }

    @Property
    void fewerThanFiveAnswersNeverGiveAnIndex(@ForAll @Size(max = 4) List<@IntRange(min = 1, max = 5) Integer> notes) {
        assertThat(of(notes).shown()).isFalse();
    }

    private static Perception of(List<Integer> notes) {
        return PerceptionIndex.of(
                notes.size(), notes.stream().mapToInt(Integer::intValue).sum());
    }
}
