package fr.resilience360.action.recommendation;

import static fr.resilience360.action.recommendation.RecommendationFixtures.action;
import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.action.CostRange;
import fr.resilience360.action.Difficulty;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An action's reason: one French sentence naming the need, its figures, the weak row and the exposing hazard. */
class RecommendationReasonsTest {

    @Test
    void namesTheNeedItsScoreItsStressTestRankThePerceptionAndTheWeakRow() {
        var need = new NeedWeakness.Need("bv2", "Se nourrir", 0.32, 2, 0.41);
        var row = new ActionRanking.RowNote("bv2_i01", "Existence d'un Projet Alimentaire Territorial", 0);
        var scored = new ActionRanking.Scored(action("pat", List.of("bv2")), 1.2, need, List.of(row), List.of());
        assertThat(RecommendationReasons.reason(scored, 5, List.of("Canicule", "Sécheresse", "Inondation")))
                .isEqualTo("Le besoin « Se nourrir » obtient 0,32 et est le 2e besoin le plus touché au stress test"
                        + " (canicule, sécheresse et inondation) ; les habitants le perçoivent à 0,41 ; la ligne"
                        + " « Existence d'un Projet Alimentaire Territorial » est à 0 : cette action est l'une des 5"
                        + " qui l'améliorent.");
    }

    @Test
    void saysWhenTheNeedHasNoScoreAndWhenTheActionIsTheOnlyOneAndNamesTheExposingHazard() {
        var need = new NeedWeakness.Need("be2", "Être en capacité de se soigner", null, 1, null);
        var action =
                action("a", List.of("be2"), List.of(), List.of("canicule"), CostRange.MOINS_10K, Difficulty.FAIBLE);
        var scored = new ActionRanking.Scored(
                action, 0.3, need, List.of(), List.of(new ActionRanking.Hazard("canicule", "Canicule")));
        assertThat(RecommendationReasons.reason(scored, 1, List.of("Canicule")))
                .isEqualTo("Le besoin « Être en capacité de se soigner » n'a pas encore de score et est le besoin le"
                        + " plus touché au stress test (canicule) ; l'action réduit l'aléa canicule, parmi les plus"
                        + " exposants du territoire : c'est la seule action du catalogue qui l'améliore.");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {"0|0", "1|1", "0.32|0,32", "0.5|0,50", "0.3449|0,34", "0.999|1", "0.006|0,01"})
    void writesFiguresAsFrenchReadersDo(double value, String expected) {
        assertThat(RecommendationReasons.decimal(value)).isEqualTo(expected);
    }

    @Test
    void keepsAcronymsInCapitals() {
        assertThat(RecommendationReasons.list(List.of("NRBC", "Canicule"))).isEqualTo("NRBC et canicule");
    }
}
