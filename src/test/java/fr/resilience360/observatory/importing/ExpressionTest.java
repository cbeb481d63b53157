package fr.resilience360.observatory.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionTest {

    static final Map<String, Double> ROW = Map.of(
            "men", 450.0, "rp_pct", 90.0, "a", 1.0, "b", 0.0, "c", 2.5, "vide", Double.NaN, "Part (%) 2021", 4.0);

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            men                     | 450
            men * 100 / rp_pct      | 500
            (a + c) * 2             | 7
            a - c - 1               | -2.5
            max(a, b, c)            | 2.5
            min(a, c)               | 1
            sum(a, c, 1.5)          | 5
            a / b                   | NaN
            vide + 1                | NaN
            `Part (%) 2021`         | 4
            `Part (%) 2021` * men   | 1800
            """)
    void evaluatesFormulasOverTheCellsOfARow(String formula, double expected) {
        assertThat((Double) Expression.parse(formula).eval(ROW::get)).isEqualTo((Double) expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            men *          | nom de colonne ou nombre attendu
            (men + a       | parenthèse fermante attendue
            moyenne(a, b)  | fonction inconnue
            men ; a        | caractère inattendu
            `Part (%) 2021 | accent grave fermant attendu
            """)
    void rejectsMalformedFormulasInFrench(String formula, String message) {
        assertThatThrownBy(() -> Expression.parse(formula)).hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource({"'men', true, men", "'men * 2', false, men", "'`Part (%) 2021`', true, Part (%) 2021"})
    void knowsTheColumnsItReads(String formula, boolean single, String column) {
        assertThat(Expression.parse(formula).isColumn()).isEqualTo(single);
        assertThat(Expression.parse(formula).columns()).contains(column);
    }
}
