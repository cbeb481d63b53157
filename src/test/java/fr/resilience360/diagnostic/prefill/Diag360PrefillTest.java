package fr.resilience360.diagnostic.prefill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.resilience360.IntegrationTest;
import fr.resilience360.territory.Territories;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class Diag360PrefillTest {

    @Autowired
    Diag360Prefill prefill;

    @Autowired
    Territories territories;

    @Test
    void prefillsEveryRowTheIssueListsForLorientAgglomeration() {
        var result = lorient();

        assertThat(result.territoire())
                .isEqualTo(new Diag360Prefill.Territoire("200042174", "CA Lorient Agglomération"));
        assertThat(result.referentiel()).isEqualTo("diag360-1.3.5");
        assertThat(result.indicateurs())
                .extracting(Diag360Prefill.Valeur::id)
                .contains(
                        "bv4_i06", "bv4_i07", "bv4_i08", "bv4_i05", "bv3_i05", "bv3_i07", "bv3_i06", "bv3_i10",
                        "be2_i04", "be2_i05", "be2_i13", "be2_i07", "bi1_i05", "be3_i09", "bv5_i03", "bv5_i04");
    }

    @ParameterizedTest(name = "{0} = {1} on scale {2}")
    @CsvSource(textBlock = """
            # row,   value,  scale,    source of the expected value
            bv3_i05, 0.0821, fraction, INSEE EPCI file 8.21 %
            bv3_i07, 0.0587, fraction, INSEE EPCI file 5.87 %
            be2_i05, 0.127,  fraction, Filosofi EPCI 12.7 %
            be2_i13, 2.9,    raw,      Filosofi EPCI D9/D1
            bi1_i05, 0.6869, fraction, INSEE EPCI 68.69 %
            be2_i04, 43.66,  percent,  communes weighted by households
            be3_i09, 1.0,    fraction, 25 of 25 communes with an ABC
            bi3_i05, 1.0,    fraction, 25 of 25 communes with a school, food shop, pharmacy or GP (BPE)
            bv5_i04, 8,      raw,      8 of the 13 families in the communes
            bv4_i06, 203.9,  raw,      APL 2023 weighted by standardised population
            """)
    void convertsToTheScaleOfTheRowsThresholds(String row, double value, String scale, String why) {
        Diag360Prefill.Valeur v = lorientRows().get(row);
        assertThat(v.valeur()).as(why).isCloseTo(value, within(1e-4));
        assertThat(v.echelle()).isEqualTo(scale);
    }

    @Test
    void tellsTheSourceTheMethodAndTheCoverage() {
        var rows = lorientRows();
        assertThat(rows.get("bv3_i05").source()).isEqualTo("INSEE RP 2022 / Filosofi 2021 (EPCI)");
        assertThat(rows.get("bv3_i05").methode()).isEqualTo("publié EPCI");
        assertThat(rows.get("bv3_i05").annee()).isEqualTo(2022);
        assertThat(rows.get("be2_i07").couverture()).isCloseTo(0.9928, within(1e-4));
        assertThat(rows.get("bv5_i03").methode()).contains("valeur départementale");
    }

    private Diag360Prefill.Prefill lorient() {
        return prefill.prefill(territories.find("200042174").orElseThrow());
    }

    private Map<String, Diag360Prefill.Valeur> lorientRows() {
        return lorient().indicateurs().stream()
                .collect(Collectors.toMap(Diag360Prefill.Valeur::id, Function.identity()));
    }
}
