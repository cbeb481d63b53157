package fr.resilience360.report.cahier;

import static fr.resilience360.territory.typology.ResilienceType.LITTORAL;
import static fr.resilience360.territory.typology.ResilienceType.MONTAGNE;
import static fr.resilience360.territory.typology.ResilienceType.PETITES_VILLES_CAMPAGNES;
import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.observatory.DeclaredIndicatorValues;
import fr.resilience360.observatory.ObservationPeriod;
import fr.resilience360.survey.SharedSurveyResults.Shared;
import fr.resilience360.territory.typology.ResilienceType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The élus' national synthesis: pooled by type, weighted by respondents, under five answers hidden, no one named. */
class ElusSynthesesTest {

    static final ElusSyntheses.Heading KNOWLEDGE =
            new ElusSyntheses.Heading("enq_elus_connaissance_risques", "Connaissance des risques", "note sur 5");

    @Test
    void aTypesCellIsTheRespondentWeightedMeanOfItsTerritories() {
        var synthesis = ElusSyntheses.of(
                List.of(value("a", 4.0, 6), value("b", 2.0, 12), value("c", 5.0, 7)),
                Map.of(
                        "a", List.of(PETITES_VILLES_CAMPAGNES, LITTORAL),
                        "b", List.of(PETITES_VILLES_CAMPAGNES),
                        "c", List.of(MONTAGNE)),
                List.of(KNOWLEDGE));

        assertThat(synthesis.territories()).isEqualTo(3);
        assertThat(cell(synthesis, PETITES_VILLES_CAMPAGNES)).satisfies(c -> {
            assertThat(c.territories()).isEqualTo(2);
            assertThat(c.respondents()).isEqualTo(18);
            assertThat(c.value()).as("(4 × 6 + 2 × 12) / 18").isEqualTo(48.0 / 18);
        });
        assertThat(cell(synthesis, LITTORAL).value()).isEqualTo(4.0);
        assertThat(cell(synthesis, ResilienceType.OUTRE_MER)).satisfies(c -> {
            assertThat(c.territories()).isZero();
            assertThat(c.value()).isNull();
            assertThat(c.hidden()).isFalse();
        });
    }

    @Test
    void aCellUnderFiveAnswersIsHidden() {
        var synthesis = ElusSyntheses.of(
                List.of(value("a", 4.0, DeclaredIndicatorValues.MINIMUM_RESPONDENTS - 1)),
                Map.of("a", List.of(MONTAGNE)),
                List.of(KNOWLEDGE));

        assertThat(cell(synthesis, MONTAGNE)).satisfies(c -> {
            assertThat(c.hidden()).isTrue();
            assertThat(c.value()).isNull();
        });
    }

    private static ElusSynthesis.Cell cell(ElusSynthesis synthesis, ResilienceType type) {
        return synthesis.rows().get(0).cells().stream()
                .filter(c -> c.type() == type)
                .findFirst()
                .orElseThrow();
    }

    private static Shared value(String territory, double value, int respondents) {
        return new Shared(
                territory,
                new DeclaredIndicatorValues.Value(KNOWLEDGE.id(), ObservationPeriod.ofYear(2026), value, respondents));
    }
}
