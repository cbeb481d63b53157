package fr.resilience360.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.shared.BadParameterException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The filters of the synthesis and exports: days in Paris time, source, volunteer, answer to another question. */
class AnswerFilterTest {

    private static final Questionnaire HABITANTS = SurveyFixtures.template("habitants");

    private static final List<StoredAnswer> ANSWERS = List.of(
            answer(1, "2026-11-30T22:59:59Z", "web", null, Map.of("besoin_eau", 4)),
            answer(2, "2026-11-30T23:00:00Z", "papier", "ana@exemple.fr", Map.of("besoin_eau", 2)),
            answer(
                    3,
                    "2026-12-01T22:59:59Z",
                    "papier",
                    "bob@exemple.fr",
                    Map.of("preparation_foyer", List.of("reserve_eau", "rien"))),
            answer(4, "2026-12-01T23:00:00Z", "web", null, Map.of("besoin_eau", 4.0)));

    @ParameterizedTest(name = "du={0} au={1} source={2} benevole={3} reponse={4} → {5}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "-          | -          | -      | -              | -                            | 1 2 3 4",
                "2026-12-01 | -          | -      | -              | -                            | 2 3 4",
                "-          | 2026-12-01 | -      | -              | -                            | 1 2 3",
                "2026-12-01 | 2026-12-01 | -      | -              | -                            | 2 3",
                "-          | -          | papier | -              | -                            | 2 3",
                "-          | -          | web    | -              | -                            | 1 4",
                "-          | -          | -      | bob@exemple.fr | -                            | 3",
                "-          | -          | -      | -              | besoin_eau:4                 | 1 4",
                "-          | -          | -      | -              | preparation_foyer:rien       | 3",
                "-          | -          | -      | -              | besoin_eau:                  | 1 2 4",
                "-          | -          | papier | -              | besoin_eau:2                 | 2",
                "''         | ''         | ''     | ''             | ''                           | 1 2 3 4"
            })
    void keepsTheResponsesEveryFilterAccepts(
            String du, String au, String source, String benevole, String reponse, String ids) {
        List<StoredAnswer> kept = new AnswerFilter(du, au, source, benevole, reponse).apply(ANSWERS, HABITANTS);

        assertThat(kept.stream().map(a -> Long.toString(a.id())).toList()).containsExactly(ids.split(" "));
    }

    @Test
    void refusesWhatItCannotUseNamingTheParameter() {
        assertThatThrownBy(() -> new AnswerFilter("01/12/2026", null, null, null, null).apply(ANSWERS, HABITANTS))
                .isInstanceOf(BadParameterException.class)
                .hasMessageContaining("AAAA-MM-JJ");
        assertThatThrownBy(() -> new AnswerFilter(null, null, "courrier", null, null).apply(ANSWERS, HABITANTS))
                .isInstanceOf(BadParameterException.class)
                .hasMessageContaining("« web » ou « papier »");
        assertThatThrownBy(() -> new AnswerFilter(null, null, null, null, "inconnue:1").apply(ANSWERS, HABITANTS))
                .isInstanceOf(BadParameterException.class)
                .hasMessageContaining("Question inconnue « inconnue »");
    }

    @Test
    void writesItselfIntoALinkSoThatAFilteredViewCanBeShared() {
        assertThat(new AnswerFilter("2026-12-01", "", "papier", "a+b@exemple.fr", "besoin_eau:4")
                        .appendTo("/enquetes/7/export.csv"))
                .isEqualTo("/enquetes/7/export.csv?du=2026-12-01&source=papier&benevole=a%2Bb%40exemple.fr"
                        + "&reponse=besoin_eau%3A4");
        assertThat(AnswerFilter.none().appendTo("/enquetes/7/export.csv")).isEqualTo("/enquetes/7/export.csv");
    }

    private static StoredAnswer answer(long id, String at, String source, String by, Map<String, Object> answers) {
        return new StoredAnswer(id, Instant.parse(at), source, source.equals("papier") ? "F" + id : null, by, answers);
    }
}
