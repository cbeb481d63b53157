package fr.resilience360.diagnostic.prefill;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.resilience360.IntegrationTest;
import fr.resilience360.territory.Territories;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class Diag360PrefillTest {

    @Autowired
    Diag360Prefill prefill;

    @Autowired
    Territories territories;

    @Autowired
    PrefillCommand command;

    @Test
    void prefillsAtLeastTwentyRowsForLorientAgglomerationWithTheRowsOfIssue8() {
        var result = lorient();

        assertThat(result.indicateurs()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(result.indicateurs())
                .extracting(Diag360Prefill.Valeur::id)
                .contains("bv4_i03", "bv3_i03", "bi1_i04")
                .doesNotHaveDuplicates();
        assertThat(result.indicateurs().size() + result.manquants().size()).isEqualTo(PrefillRules.RULES.size());
    }

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
            bi3_i05, 0.92,   fraction, mean of 25/25 with a school, 23/25 a food shop, 23/25 a pharmacy, 21/25 a GP (BPE)
            bv5_i04, 8,      raw,      8 of the 13 families in the communes
            bv4_i06, 203.9,  raw,      APL 2023 weighted by standardised population
            bv4_i03, 4.21,   raw,      APL to GPs aged 65 or less 2023 weighted by standardised population
            bv3_i03, 0.02,   fraction, Observatoire des territoires EPCI file 2 %
            bi1_i04, 3,      raw,      employment rate 64.96 % below 66.7 (0) and 106.3 jobs per 100 above 93.5 (2)
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

    @Test
    void aDepartementHasNoOvercrowdingValueAndSaysWhyInsteadOfInventingAnAggregate() {
        var morbihan = prefill.prefill(territories.find("dep-56").orElseThrow());

        assertThat(morbihan.indicateurs()).extracting(Diag360Prefill.Valeur::id).doesNotContain("bv3_i03", "bi1_i04");
        assertThat(morbihan.manquants())
                .filteredOn(m -> m.id().equals("bv3_i03"))
                .singleElement()
                .satisfies(m -> assertThat(m.raison()).contains("que pour les EPCI", "aucun agrégat"));
        // the rows published at every level are still there
        assertThat(morbihan.indicateurs()).extracting(Diag360Prefill.Valeur::id).contains("bv4_i03", "bv3_i07");
    }

    @Test
    void namesWhatDiffersFromTheDiag360DefinitionWhenTheFigureIsAnApproximation() {
        var rows = lorientRows();

        assertThat(rows.get("bv3_i10").approximation()).contains("DPE", "résidences principales");
        assertThat(rows.get("bi1_i04").approximation()).contains("DATAR", "tercile");
        assertThat(rows.get("bv4_i03").approximation()).isNull();
        assertThat(rows.values())
                .filteredOn(v -> v.approximation() != null)
                .extracting(Diag360Prefill.Valeur::id)
                .containsExactlyInAnyOrderElementsOf(PrefillRules.RULES.stream()
                        .filter(PrefillRules.Rule::approximated)
                        .map(PrefillRules.Rule::rowId)
                        .toList());
    }

    @Test
    void prefillCommandPrintsTheApproximationsAndTheRowsLeftToDeclareWithTheirReason() {
        var out = new ByteArrayOutputStream();
        var quiet = new PrintStream(new ByteArrayOutputStream());

        assertThat(command.run(List.of("dep-56"), new PrintStream(out, true, UTF_8), quiet))
                .isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString(UTF_8));
        assertThat(json.path("indicateurs").valueStream())
                .filteredOn(v -> v.path("id").asString().equals("bv3_i10"))
                .singleElement()
                .satisfies(v -> assertThat(v.path("approximation").asString()).isEqualTo(PrefillRules.PASSOIRES));
        assertThat(json.path("manquants").valueStream())
                .filteredOn(v -> v.path("id").asString().equals("bv3_i03"))
                .singleElement()
                .satisfies(v -> assertThat(v.path("raison").asString()).contains("que pour les EPCI"));
    }

    private Diag360Prefill.Prefill lorient() {
        return prefill.prefill(territories.find("200042174").orElseThrow());
    }

    private Map<String, Diag360Prefill.Valeur> lorientRows() {
        return lorient().indicateurs().stream()
                .collect(Collectors.toMap(Diag360Prefill.Valeur::id, Function.identity()));
    }
}
