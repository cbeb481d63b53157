package fr.resilience360.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

    @ParameterizedTest(name = "« {0} » → « {1} »")
    @CsvSource(
            delimiter = '|',
            value = {
                "Saint-Étienne          | saint etienne",
                "SAINT ETIENNE          | saint etienne",
                "L'Haÿ-les-Roses        | l hay les roses",
                "Œuilly                 | oeuilly",
                "  Bourg-en-Bresse  ,   | bourg en bresse",
                "CA Lorient Agglomération | ca lorient agglomeration",
                "56121                  | 56121"
            })
    void normalizesAccentsCaseAndPunctuation(String text, String expected) {
        assertThat(SearchText.normalize(text)).isEqualTo(expected);
    }
}
