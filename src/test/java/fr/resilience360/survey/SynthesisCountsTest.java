package fr.resilience360.survey;

import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.survey.Questionnaire.Question;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the synthesis, for any set of answers to a multiple choice. */
class SynthesisCountsTest {

    private static final Questionnaire HABITANTS = SurveyFixtures.template("habitants");
    private static final Question MULTIPLE = HABITANTS.questions().get("preparation_foyer");

    @Property
    @SuppressWarnings("unchecked")
    void aMultipleChoiceIsCountedPerOptionSoItsCountsSumToTheSelectionsNeverToTheCombinations(
            @ForAll("selections") List<List<String>> selections) {
        List<Map<String, Object>> answers = selections.stream()
                .map(s -> Map.<String, Object>of("preparation_foyer", s))
                .toList();

        Map<String, Object> question = ((List<Map<String, Object>>)
                        Synthesis.of(survey(), answers).get("questions"))
                .stream()
                        .filter(q -> q.get("code").equals("preparation_foyer"))
                        .findFirst()
                        .orElseThrow();
        Map<String, Integer> counts = (Map<String, Integer>) question.get("choix");

        assertThat(counts.keySet()).containsExactlyElementsOf(MULTIPLE.values());
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(selections.stream().mapToInt(List::size).sum());
        for (String option : MULTIPLE.values())
            assertThat(counts.get(option)).isEqualTo((int)
                    selections.stream().filter(s -> s.contains(option)).count());
        assertThat(question.get("reponses")).isEqualTo(selections.size());
    }

    @Provide
    Arbitrary<List<List<String>>> selections() {
        return Arbitraries.of(MULTIPLE.values())
                .set()
                .ofMinSize(1)
                .ofMaxSize(MULTIPLE.values().size())
                .map(List::copyOf)
                .list()
                .ofMaxSize(50);
    }

    private static Survey survey() {
        return new Survey(
                1,
                "200042174",
                "habitants",
                HABITANTS,
                "jeton",
                new byte[32],
                "ouverte",
                Instant.EPOCH,
                null,
                LocalDate.of(2027, 1, 1),
                false,
                "essai");
    }
}
