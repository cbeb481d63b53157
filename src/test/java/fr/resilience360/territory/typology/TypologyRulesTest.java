package fr.resilience360.territory.typology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules giving the six « Villes et territoires résilients » types, as decision tables (docs/typology.md). */
class TypologyRulesTest {

    @ParameterizedTest(name = "{0}, commune principale {1} hab., urbain {2}, littoral {3}, montagne {4} → {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # nature | main commune pop. | urban share | coastal pop. share | mountain area share | overseas share | types
            METRO    |  50000 | 0.90 | 0     | 0     | 0 | grandes-villes-metropoles
            MET69    | 520000 | 0.99 | 0     | 0.08  | 0 | grandes-villes-metropoles
            CU       | 157000 | 0.80 | 0     | 0     | 0 | grandes-villes-metropoles
            CA       | 100000 | 0.80 | 0     | 0     | 0 | grandes-villes-metropoles
            CA       |  99999 | 0.20 | 0     | 0     | 0 | villes-moyennes-agglomerations
            CU       |  60000 | 0.90 | 0     | 0     | 0 | villes-moyennes-agglomerations
            CC       |   8000 | 0.50 | 0     | 0     | 0 | villes-moyennes-agglomerations
            CC       |   8000 | 0.49 | 0     | 0     | 0 | petites-villes-campagnes
            CC       | 120000 | 0.30 | 0     | 0     | 0 | grandes-villes-metropoles
            CC       |   3000 | 0    | 0.25  | 0     | 0 | petites-villes-campagnes littoral
            CC       |   3000 | 0    | 0.249 | 0     | 0 | petites-villes-campagnes
            CC       |   3000 | 0    | 0     | 0.50  | 0 | petites-villes-campagnes montagne
            CC       |   3000 | 0    | 0     | 0.499 | 0 | petites-villes-campagnes
            CA       |  57000 | 0.90 | 0.89  | 1     | 1 | villes-moyennes-agglomerations littoral montagne outre-mer
            METRO    | 860000 | 1    | 1     | 0     | 0 | grandes-villes-metropoles littoral
            """)
    void givesAnEpciOneUrbanTypeAndItsGeographies(
            String nature,
            int mainPopulation,
            double urban,
            double coastal,
            double mountain,
            double overseas,
            String expected) {
        var facts = new TypologyRules.EpciFacts(nature, "Ville", mainPopulation, urban, coastal, mountain, overseas);

        assertThat(codes(TypologyRules.forEpci(facts))).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{0} hab., densité {1}, métropole {2}, littoral {3}, montagne {4}, {5} → {6}")
    @CsvSource(delimiter = '|', textBlock = """
            # population | density level | in a métropole | coastal | mountain | zone | types
            520000 | 1 | true  | false | false | metro | grandes-villes-metropoles
            150000 | 2 | false | false | false | metro | grandes-villes-metropoles
             40000 | 1 | true  | false | false | metro | grandes-villes-metropoles
              5000 | 3 | true  | false | false | metro | grandes-villes-metropoles
             40000 | 2 | false | false | false | metro | villes-moyennes-agglomerations
              3000 | 3 | false | false | false | metro | villes-moyennes-agglomerations
              3000 | 4 | true  | false | false | metro | petites-villes-campagnes
               200 | 7 | false | false | true  | metro | petites-villes-campagnes montagne
              5000 | 5 | false | true  | false | metro | petites-villes-campagnes littoral
              5194 |   | false | false | false | com   | outre-mer
             30000 | 2 | false | true  | true  | drom  | villes-moyennes-agglomerations littoral montagne outre-mer
            """)
    void givesACommuneOneUrbanTypeByItsDensityAndItsGeographies(
            int population,
            Integer density,
            boolean metropole,
            boolean coastal,
            boolean mountain,
            String zone,
            String expected) {
        var facts = new TypologyRules.CommuneFacts(
                population, density == null ? null : DensityClass.ofLevel(density), metropole, coastal, mountain, zone);

        assertThat(codes(TypologyRules.forCommune(facts))).containsExactly(expected.split(" "));
    }

    @Test
    void everyTypeSaysWhichRuleGaveIt() {
        var facts = new TypologyRules.EpciFacts("CC", "Auray", 14000, 0.29, 0.7675, 0.6, 0);

        assertThat(TypologyRules.forEpci(facts))
                .extracting(AssignedType::reason)
                .containsExactly(
                        "Communauté de communes, 29 % de la population dans des communes urbaines (seuil : 50 %)",
                        "76 % de la population dans des communes soumises à la loi Littoral (mer) (seuil : 25 %)",
                        "60 % de la superficie en zone de montagne (seuil : 50 %)");
    }

    @Test
    void aShareJustBelowAThresholdNeverReadsAsTheThreshold() {
        assertThat(TypologyRules.percent(0.2499)).isEqualTo("24 %");
        assertThat(TypologyRules.percent(0.25)).isEqualTo("25 %");
        assertThat(TypologyRules.percent(1)).isEqualTo("100 %");
    }

    private static List<String> codes(List<AssignedType> types) {
        return types.stream().map(t -> t.type().code()).toList();
    }

    @Test
    void theSixTypesHaveTheCahiersNames() {
        assertThat(Arrays.stream(ResilienceType.values()).map(ResilienceType::label))
                .containsExactly(
                        "Grandes villes et métropoles",
                        "Villes moyennes et agglomérations",
                        "Petites villes et campagnes",
                        "Littoral",
                        "Montagne",
                        "Outre-mer");
    }
}
