package fr.resilience360.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.resilience360.referential.Anchors;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decision tables of the Diag360 v1.3.5 workbook's rules (sheet « Bornage définitif »). */
class ScoringRulesTest {

    @ParameterizedTest(name = "M={0} N={1} O={2} → K={3} L={4}")
    @CsvSource({
        // M,    N,     O,    K,     L
        "0.95,  0.975, 1.0,  0.95,  1.0", // all anchors: K = M, L = O
        "24,    ,      48,   24,    48", // no value scored 0.5
        ",      2.75,  0,    5.5,   0", // no value scored 0: K = N − (O − N)
        "5.5,   2.75,  ,     5.5,   0", // no value scored 1: L = 2N − M
        ",      ,      1,    -1,    1", // empty cells count as 0, as in the spreadsheet
    })
    void derivesThresholdsLikeColumnsKAndL(Double m, Double n, Double o, double k, double l) {
        Anchors anchors = new Anchors(m, n, o);
        assertThat(ThresholdRule.lower(anchors)).isCloseTo(k, within(1e-12));
        assertThat(ThresholdRule.upper(anchors)).isCloseTo(l, within(1e-12));
    }

    @ParameterizedTest(name = "H={0} K={1} L={2} → {3}")
    @CsvSource({
        // H,     K,    L,     note
        "36,     24,   48,    0.5", // linear between the thresholds
        "24,     24,   48,    0", // at the value scored 0
        "48,     24,   48,    1", // at the value scored 1
        "10,     24,   48,    0", // below: clamped to 0
        "99,     24,   48,    1", // above: clamped to 1
        "2.75,   5.5,  0,     0.5", // decreasing thresholds: lower is better
        "-1.4536, 5.5, 0,     1", // beyond the value scored 1 the other way
        "6,      5.5,  0,     0",
        "0.2235, 4.8,  0,     0.9534375", // bv1_i14 in reference case random1
    })
    void scoresNumbersLinearlyAndClampsLikeColumnJ(double h, double k, double l, double note) {
        assertThat(LinearNoteRule.note(h, k, l)).isCloseTo(note, within(1e-12));
    }

    @org.junit.jupiter.api.Test
    void givesNoNoteWhenBothThresholdsAreEqual() {
        assertThat(LinearNoteRule.note(3, 2, 2)).isNaN();
    }

    @ParameterizedTest(name = "« {0} » → {1}")
    @CsvSource(
            value = {
                "Non;        0",
                "NON;        0", // case-insensitive, as SWITCH compares texts
                "en cours;   0.5",
                "Oui;        1",
                "OUI;        1",
                "Peut-être;  NaN", // unknown label: no note
                "'Oui ';     NaN", // the spreadsheet does not trim
                "1;          NaN",
            },
            delimiter = ';')
    void scoresOrdinalAnswersCaseInsensitively(String answer, double note) {
        double actual = OrdinalNoteRule.note(CellValue.text(answer), List.of("Non", "En cours", "Oui"));
        if (Double.isNaN(note)) {
            assertThat(actual).isNaN();
        } else {
            assertThat(actual).isEqualTo(note);
        }
    }

    @org.junit.jupiter.api.Test
    void scoresTheDashOfTheAgentReferentRowAsOneHalfLikeTheWorkbook() {
        assertThat(OrdinalNoteRule.note(CellValue.text("-"), List.of("Non", "-", "Oui")))
                .isEqualTo(0.5);
    }

    @org.junit.jupiter.api.Test
    void neverMatchesANumberWithAnOrdinalLabel() {
        assertThat(OrdinalNoteRule.note(CellValue.number(1), List.of("Non", "En cours", "Oui")))
                .isNaN();
    }

    @ParameterizedTest(name = "« {0} » → {1}")
    @CsvSource(
            value = {
                "0.97;      0.97",
                " 12 ;      12",
                "-1.5;      -1.5",
                "1e3;       1000",
                ".5;        0.5",
                "97%;       0.97",
                "97 %;      0.97",
                "0,97;      NaN", // a decimal comma is not converted by the workbook's formula
                "NC;        NaN",
                "12 heures; NaN",
            },
            delimiter = ';')
    void readsTextInNumericRowsLikeTheSpreadsheetFormula(String text, double expected) {
        double actual = SpreadsheetNumberRule.toNumber(CellValue.text(text));
        if (Double.isNaN(expected)) {
            assertThat(actual).isNaN();
        } else {
            assertThat(actual).isCloseTo(expected, within(1e-12));
        }
    }

    @org.junit.jupiter.api.Test
    void readsBooleansAsOneAndZeroLikeTheSpreadsheet() {
        assertThat(SpreadsheetNumberRule.toNumber(CellValue.bool(true))).isEqualTo(1);
        assertThat(SpreadsheetNumberRule.toNumber(CellValue.bool(false))).isEqualTo(0);
        assertThat(SpreadsheetNumberRule.toNumber(CellValue.error("#N/A"))).isNaN();
    }

    @ParameterizedTest(name = "{0}/{1} → {2}")
    @CsvSource({"108, 124, 0.870967741935484", "0, 124, 0", "124, 124, 1"})
    void computesCompletionLikeCellH1(int filled, int all, double expected) {
        assertThat(CompletionRule.completion(filled, all)).isCloseTo(expected, within(1e-12));
    }
}
