package fr.resilience360.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.resilience360.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each aggregation rule checked on real territories against values computed by hand from the bundled CSV files
 * (python3, members of the EPCI from the COG 2025; see docs/observatory.md).
 */
@IntegrationTest
class AggregationOnRealTerritoriesTest {

    @Autowired
    Observatory observatory;

    @ParameterizedTest(name = "{0} {1} {2} = {3} ({4})")
    @CsvSource(textBlock = """
            # territory, indicator,                     period, expected,  rule
            200042174, apl_infirmiers,                   2023, 203.9178,  APL weighted by standardised population (DREES)
            200042174, apl_sages_femmes,                 2023, 32.5314,   APL weighted by standardised population (DREES)
            200042174, apl_chirurgiens_dentistes,        2023, 72.1240,   APL weighted by standardised population (DREES)
            200042174, apl_medecins_generalistes,        2022, 4.148890,  APL to GPs aged 65 or less weighted by standardised population (DREES)
            200042174, apl_medecins_generalistes,        2023, 4.206203,  APL to GPs aged 65 or less weighted by standardised population (DREES)
            200042174, bpe_pharmacie,                    2024, 71,        sum of counts
            200042174, pharmacies_pour_10000,            2024, 3.39814,   71 pharmacies over the 208,938 inhabitants of the COG communes
            200042174, atlas_biodiversite_communale,     2025, 1.0,       share of communes (25 of 25)
            200042174, part_menages_une_personne,        2022, 43.6635,   weighted by households
            200042174, part_dpe_f_g,                     2024, 8.08191,   weighted by number of DPE
            200042174, taux_logements_sociaux,           2024, 17.6745,   weighted by households
            200042174, victimes_coups_blessures_pour_1000, 2024, 6.41166, ratio of sums (weighted by population)
            200042174, participation_municipales_2020,   2020, 41.6217,   weighted by population of covered communes
            200042174, nombre_risques_majeurs,           2026, 8,         families present in at least one commune
            200042174, part_residences_secondaires,      2022, 8.21,      published at the EPCI level wins
            200042174, part_logements_vacants,           2022, 5.87,      published at the EPCI level wins
            dep-56,    bpe_pharmacie,                    2024, 233,       sum over the 249 communes of Morbihan
            dep-56,    pharmacies_pour_10000,            2024, 2.97425,   233 pharmacies over 783,390 inhabitants
            reg-53,    bpe_pharmacie,                    2024, 1000,      sum over the 1,202 communes of Bretagne
            FR,        bpe_pharmacie,                    2024, 20725,     sum over the communes of France (COM have no pharmacy in BPE)
            FR,        pharmacies_pour_10000,            2024, 3.03215,   20,725 over 68,350,798 inhabitants (overseas collectivities are not members of France)
            dep-80,    nombre_risques_majeurs,           2026, 5,         families present in the 221 of 771 communes GASPAR lists
            """)
    void aggregatesWithTheRuleTheIndicatorDeclares(
            String territory, String indicator, String period, double expected, String rule) {
        IndicatorValue value = observatory
                .value(territory, indicator, ObservationPeriod.parse(period))
                .orElseThrow(() -> new AssertionError("no value for " + indicator));
        assertThat(value.value()).as(rule).isCloseTo(expected, within(Math.abs(expected) * 1e-4 + 1e-9));
    }

    @Test
    void recordsCoverageWhenSomeCommunesHaveNoValue() {
        IndicatorValue turnout = observatory
                .value("200042174", "participation_municipales_2020", ObservationPeriod.ofYear(2020))
                .orElseThrow();
        assertThat(turnout.method()).isEqualTo(ValueMethod.AGREGE);
        assertThat(turnout.coverage()).isCloseTo(0.99282, within(1e-4));
        assertThat(turnout.flags()).contains("couverture_partielle");
    }

    @Test
    void prefersTheValuePublishedAtTheTerritorysOwnLevel() {
        IndicatorValue secondary = observatory
                .value("200042174", "part_residences_secondaires", ObservationPeriod.ofYear(2022))
                .orElseThrow();
        assertThat(secondary.method()).isEqualTo(ValueMethod.PUBLIE);
        assertThat(secondary.datasetId()).isEqualTo("insee-epci");
    }

    @Test
    void aTerritoryWithoutAnyCommuneInTheSourceHasNoValueRatherThanZero() {
        // GASPAR lists no commune of Puy-de-Dôme (63): its number of major risks is unknown, not 0
        assertThat(observatory.value("dep-63", "nombre_risques_majeurs", ObservationPeriod.ofYear(2026)))
                .isEmpty();
        IndicatorValue somme = observatory
                .value("dep-80", "nombre_risques_majeurs", ObservationPeriod.ofYear(2026))
                .orElseThrow();
        assertThat(somme.coverage()).isCloseTo(0.63552, within(1e-4));
        assertThat(somme.flags()).contains("couverture_partielle");
    }
}
