package fr.resilience360.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SynthesisTest {

    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void countsEachOptionOnceAndRanksByMeanPositionNeverByCombination() {
        List<Map<String, Object>> answers = List.of(
                Map.of(
                        "preparation_foyer",
                        List.of("reserve_eau", "radio_piles"),
                        "besoins_fragiles",
                        List.of("bi2", "bv4")),
                Map.of("preparation_foyer", List.of("reserve_eau"), "besoins_fragiles", List.of("bv4", "bi2", "bv1")),
                Map.of("besoin_eau", 2L, "idee_projet", "Un jardin"),
                Map.of("besoin_eau", 5L, "preparation_foyer", List.of("autre"), "preparation_foyer.autre", "Poêle"));

        Map<String, Object> synthesis = Synthesis.of(survey(null), answers);

        assertThat(synthesis).containsEntry("total", 4).containsEntry("modele", "habitants");
        assertThat(question(synthesis, "preparation_foyer"))
                .containsEntry("reponses", 3)
                .containsEntry("textes_autre", 1L)
                .extracting(q -> q.get("choix"))
                .isEqualTo(Map.of(
                        "reserve_eau",
                        2,
                        "reserve_nourriture",
                        0,
                        "radio_piles",
                        1,
                        "trousse_secours",
                        0,
                        "contacts_voisins",
                        0,
                        "rien",
                        0,
                        "autre",
                        1));
        Map<?, ?> ranks = (Map<?, ?>) question(synthesis, "besoins_fragiles").get("rang_moyen");
        assertThat(ranks.get("bi2")).isEqualTo(1.5);
        assertThat(ranks.get("bv1")).isEqualTo(3.0);
        assertThat(ranks.get("bv2")).isNull();
        assertThat(question(synthesis, "besoin_eau")).containsEntry("moyenne", 3.5);
        assertThat(question(synthesis, "besoin_soins"))
                .containsEntry("reponses", 0)
                .containsEntry("moyenne", null);
        assertThat(question(synthesis, "idee_projet")).containsOnlyKeys("code", "type", "libelle", "reponses");
    }

    @Test
    void takesAnswersOnlyWhenOpenAndWithinItsDates() {
        assertThat(survey(null).takesAnswersAt(NOON)).isTrue();
        assertThat(survey(NOON).takesAnswersAt(NOON)).isFalse();
        assertThat(survey(NOON.plusSeconds(1)).takesAnswersAt(NOON)).isTrue();
        assertThat(survey(null).takesAnswersAt(NOON.minusSeconds(3600 * 24))).isFalse();
    }

    private static Survey survey(Instant closesAt) {
        return new Survey(
                7,
                "200042174",
                "habitants",
                SurveyFixtures.template("habitants"),
                "jeton",
                new byte[32],
                "ouverte",
                NOON.minusSeconds(60),
                closesAt,
                LocalDate.of(2027, 12, 2),
                false,
                "essai");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> question(Map<String, Object> synthesis, String code) {
        return ((List<Map<String, Object>>) synthesis.get("questions"))
                .stream().filter(q -> q.get("code").equals(code)).findFirst().orElseThrow();
    }
}
