package fr.resilience360.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.resilience360.diagnostic.workbook.Diag360Workbook;
import fr.resilience360.referential.Referential;
import fr.resilience360.referential.ReferentialFixtures;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The engine gives the notes, need scores and completion that the Diag360 v1.3.5 workbook's own formulas give, on
 * every reference case.
 */
class WorkbookConformanceTest {

    static final List<String> CASES = OracleCases.CASES;
    private static final Referential DIAG360 = ReferentialFixtures.diag360();

    private static Diagnostic score(String name) {
        return new DiagnosticScoring(DIAG360)
                .score(Diag360Workbook.read(OracleCases.input(name), DIAG360).valuesArray());
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void givesEachRowTheWorkbooksNoteAndNoNoteWhereTheWorkbookGivesNone(String name) {
        List<List<String>> expected = OracleCases.expectedRows(name);
        Diagnostic diagnostic = score(name);
        List<List<String>> rows = expected.subList(0, expected.size() - 1);
        assertThat(diagnostic.indicators()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            IndicatorNote actual = diagnostic.indicators().get(i);
            String where = name + " ligne " + row.get(0) + " " + row.get(1);
            assertThat(actual.row().placement().sheetRow()).as(where).isEqualTo(Integer.parseInt(row.get(0)));
            assertThat(actual.row().id()).as(where).isEqualTo(row.get(1));
            assertThat(actual.needName()).as(where).isEqualTo(row.get(2));
            if (row.get(4).isEmpty()) {
                assertThat(actual.hasNote()).as(where + " sans note").isFalse();
            } else {
                assertThat(actual.note()).as(where).isCloseTo(Double.parseDouble(row.get(4)), within(1e-9));
            }
        }
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void givesTheWorkbooksCompletionRate(String name) {
        List<List<String>> expected = OracleCases.expectedRows(name);
        List<String> completion = expected.get(expected.size() - 1);
        assertThat(completion.get(0)).isEqualTo("H1");
        assertThat(score(name).completion()).isCloseTo(Double.parseDouble(completion.get(4)), within(1e-12));
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void givesEachNeedTheViewersScore(String name) {
        Map<String, NeedScore> actual = score(name).needs().stream()
                .collect(Collectors.toMap(s -> s.need().name(), Function.identity()));
        List<List<String>> expected = OracleCases.expectedNeeds(name);
        assertThat(actual).hasSameSizeAs(expected);
        for (List<String> need : expected) {
            NeedScore score = actual.get(need.get(0));
            assertThat(score).as(need.get(0)).isNotNull();
            assertThat(score.score()).as(need.get(0)).isCloseTo(Double.parseDouble(need.get(1)), within(1e-3));
            assertThat(score.notesCount()).as(need.get(0)).isEqualTo(Integer.parseInt(need.get(2)));
        }
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void reportsEveryAnswerWithoutANoteAsAnAnomaly(String name) {
        Diagnostic diagnostic = score(name);
        assertThat(diagnostic.anomalies())
                .extracting(Anomaly::row)
                .containsExactlyElementsOf(diagnostic.indicators().stream()
                        .filter(n -> n.value().isFilled() && !n.hasNote())
                        .map(n -> n.row().placement().sheetRow())
                        .toList());
    }
}
