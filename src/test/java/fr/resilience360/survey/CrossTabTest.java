package fr.resilience360.survey;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.survey.Questionnaire.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The cross-tabulation of two closed questions: counts per pair of values, a multiple choice counted per option, and
 * no count under 5 readable or deducible — from the cells, nor from the row and column totals.
 */
class CrossTabTest {

    private static final Questionnaire HABITANTS = SurveyFixtures.template("habitants");
    private static final Question SCALE = HABITANTS.questions().get("besoin_eau");
    private static final Question MULTIPLE = HABITANTS.questions().get("preparation_foyer");

    @Test
    void countsEachPairOfValuesAndEachOptionOfAMultipleChoiceLeavingOutValuesNobodyGave() {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++)
            answers.add(Map.of("besoin_eau", 4, "preparation_foyer", List.of("reserve_eau", "rien")));
        for (int i = 0; i < 7; i++)
            answers.add(Map.of("besoin_eau", 2, "preparation_foyer", List.of("rien", "reserve_eau")));
        answers.add(Map.of("besoin_eau", 2));

        CrossTab tab = CrossTab.of(SCALE, MULTIPLE, answers);

        assertThat(tab.respondents()).isEqualTo(13);
        assertThat(tab.columns()).containsExactly("Une réserve d'eau", "Rien de particulier");
        assertThat(tab.rows()).extracting(CrossTab.Row::label).containsExactly("2", "4");
        assertThat(tab.rows().get(0).cells()).containsExactly(7, 7);
        assertThat(tab.rows().get(1).cells()).containsExactly(6, 6);
        assertThat(tab.rows()).extracting(CrossTab.Row::total).containsExactly(7, 6);
        assertThat(tab.columnTotals())
                .as("respondents per option, not the sum of its cells")
                .containsExactly(13, 13);
    }

    @Test
    void twoSmallCellsOfOneColumnInDifferentRowsNeedNothingMoreThanTheirRowsPartners() {
        int[][] counts = {{12, 3, 20}, {9, 4, 30}};

        boolean[][] hidden = SmallCells.hidden(counts);

        assertThat(hidden[0])
                .as("3 alone in its row: its row total would give it away, so 12 goes too")
                .containsExactly(true, true, false);
        assertThat(hidden[1]).containsExactly(true, true, false);
    }

    @Test
    void aSmallCellAloneInItsRowTakesTheSmallestOfItsRowAndThenOfTheirColumns() {
        int[][] counts = {{2, 40, 7}, {30, 50, 60}};

        boolean[][] hidden = SmallCells.hidden(counts);

        assertThat(hidden[0]).containsExactly(true, false, true);
        assertThat(hidden[1]).containsExactly(true, false, true);
    }

    @Property
    void noVisibleCellIsUnderFiveAndNoLineGivesAwayItsHiddenCells(@ForAll("tables") int[][] counts) {
        boolean[][] hidden = SmallCells.hidden(counts);

        for (int r = 0; r < counts.length; r++) {
            for (int c = 0; c < counts[r].length; c++)
                if (!hidden[r][c]) assertThat(counts[r][c]).isGreaterThanOrEqualTo(SmallCells.THRESHOLD);
            int row = r;
            assertProtected(counts[r].length, c -> hidden[row][c], c -> counts[row][c], "row " + r);
        }
        for (int c = 0; c < counts[0].length; c++) {
            int column = c;
            assertProtected(counts.length, r -> hidden[r][column], r -> counts[r][column], "column " + c);
        }
    }

    /** A line has no hidden cell, or all hidden, or at least two hidden cells adding up to 5 or more. */
    private static void assertProtected(
            int length,
            java.util.function.IntPredicate hidden,
            java.util.function.IntUnaryOperator count,
            String line) {
        long hiddenCells =
                java.util.stream.IntStream.range(0, length).filter(hidden).count();
        int hiddenSum = java.util.stream.IntStream.range(0, length)
                .filter(hidden)
                .map(count)
                .sum();
        if (hiddenCells == 0 || hiddenCells == length) return;
        assertThat(hiddenCells).as("hidden cells of " + line).isGreaterThanOrEqualTo(2);
        assertThat(hiddenSum).as("sum of the hidden cells of " + line).isGreaterThanOrEqualTo(SmallCells.THRESHOLD);
    }

    @Property
    void aTableShowsNoCountUnderFiveAndNoTotalOfALineWithAHiddenCell(
            @ForAll("answerLists") List<Map<String, Object>> answers) {
        CrossTab tab = CrossTab.of(SCALE, MULTIPLE, answers);

        for (CrossTab.Row row : tab.rows()) {
            row.cells().stream()
                    .filter(Objects::nonNull)
                    .forEach(n -> assertThat(n).isGreaterThanOrEqualTo(5));
            if (row.cells().contains(null)) assertThat(row.total()).isNull();
            if (row.total() != null) assertThat(row.total()).isGreaterThanOrEqualTo(5);
        }
        for (int c = 0; c < tab.columns().size(); c++) {
            int column = c;
            boolean anyHidden = tab.rows().stream().anyMatch(r -> r.cells().get(column) == null);
            if (anyHidden) assertThat(tab.columnTotals().get(c)).isNull();
        }
        if (tab.respondents() != null) assertThat(tab.respondents()).isGreaterThanOrEqualTo(5);
    }

    @Provide
    Arbitrary<int[][]> tables() {
        return Arbitraries.integers()
                .between(2, 6)
                .flatMap(columns -> Arbitraries.integers()
                        .between(0, 30)
                        .array(int[].class)
                        .ofSize(columns)
                        .array(int[][].class)
                        .ofMinSize(2)
                        .ofMaxSize(6));
    }

    @Provide
    Arbitrary<List<Map<String, Object>>> answerLists() {
        Arbitrary<Map<String, Object>> answer = Arbitraries.integers()
                .between(1, 5)
                .flatMap(note -> Arbitraries.of(MULTIPLE.values())
                        .set()
                        .ofMinSize(0)
                        .ofMaxSize(3)
                        .map(options -> options.isEmpty()
                                ? Map.<String, Object>of("besoin_eau", note)
                                : Map.<String, Object>of(
                                        "besoin_eau", note, "preparation_foyer", List.copyOf(options))));
        return answer.list().ofMaxSize(120);
    }
}
