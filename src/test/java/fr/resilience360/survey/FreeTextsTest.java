package fr.resilience360.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Free texts: searched without regard to case or accents, newest first, 20 a page, « autre » texts included. */
class FreeTextsTest {

    @ParameterizedTest(name = "« {1} » dans « {0} » : {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Un jardin PARTAGÉ au bourg | partage         | true",
                "Un jardin partagé au bourg | JARDIN Partagé  | true",
                "Un jardin partagé au bourg | bourg jardin    | true",
                "Une éolienne citoyenne     | eolienne        | true",
                "Une éolienne citoyenne     | Éolienne solaire| false",
                "Le cœur du village         | coeur           | true",
                "Un jardin partagé          | verger          | false"
            })
    void findsEveryWordOfTheSearchWhateverTheCaseAndAccents(String text, String search, boolean found) {
        assertThat(FreeTexts.matches(text, fr.resilience360.shared.SearchText.words(search)))
                .isEqualTo(found);
    }

    @Test
    void listsTheTextsOfOneQuestionNewestFirstTwentyAPage() {
        List<StoredAnswer> answers = new ArrayList<>();
        for (long id = 1; id <= 45; id++)
            answers.add(new StoredAnswer(
                    id, Instant.parse("2026-12-01T10:00:00Z"), "web", null, null, Map.of("idee_projet", "Idée " + id)));
        answers.add(new StoredAnswer(46, Instant.now(), "web", null, null, Map.of("besoin_eau", 3)));

        FreeTexts.Page third = FreeTexts.page(answers, "idee_projet", "", 3);

        assertThat(third.total()).isEqualTo(45);
        assertThat(third.lastPage()).isEqualTo(3);
        assertThat(third.texts()).extracting(FreeTexts.Text::response).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(FreeTexts.page(answers, "idee_projet", "IDÉE 45", 1).texts())
                .extracting(FreeTexts.Text::text)
                .containsExactly("Idée 45");
    }

    @Test
    void offersTheTextQuestionsAndThenTheAutreTextsOfChoiceQuestions() {
        var sources = FreeTexts.sources(SurveyFixtures.template("habitants"));

        assertThat(sources).containsKey("idee_projet").containsKey("preparation_foyer.autre");
        assertThat(sources.get("preparation_foyer.autre")).startsWith("« Autre », précisé : ");
        assertThat(List.copyOf(sources.keySet()).indexOf("preparation_foyer.autre"))
                .isGreaterThan(List.copyOf(sources.keySet()).indexOf("idee_projet"));
    }
}
