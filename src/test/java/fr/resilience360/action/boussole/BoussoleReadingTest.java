package fr.resilience360.action.boussole;

import static fr.resilience360.action.BoussoleLever.P1_L1;
import static fr.resilience360.action.BoussoleLever.P1_L2;
import static fr.resilience360.action.BoussoleLever.P1_L3;
import static fr.resilience360.action.BoussoleLever.P3_L2;
import static fr.resilience360.action.BoussoleLever.P4_L1;
import static fr.resilience360.action.BoussoleLever.P4_L3;
import static fr.resilience360.action.BoussoleLever.P6_L2;
import static fr.resilience360.action.boussole.LeverAnswer.EN_PARTIE;
import static fr.resilience360.action.boussole.LeverAnswer.NE_TRAITE_PAS;
import static fr.resilience360.action.boussole.LeverAnswer.PLEINEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import fr.resilience360.action.ActionFixtures;
import fr.resilience360.action.BoussoleLever;
import fr.resilience360.action.BoussolePrinciple;
import fr.resilience360.action.CatalogueAction;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our reading convention of a filled Boussole grid: coverage per principle, levers to strengthen, suggestions. */
class BoussoleReadingTest {

    @ParameterizedTest(name = "{0}, {1}, {2} → {3}")
    @CsvSource({
        "PLEINEMENT, PLEINEMENT, PLEINEMENT, 1.0",
        "NE_TRAITE_PAS, NE_TRAITE_PAS, NE_TRAITE_PAS, 0.0",
        "PLEINEMENT, EN_PARTIE, NE_TRAITE_PAS, 0.5",
        "EN_PARTIE, NE_TRAITE_PAS, NE_TRAITE_PAS, 0.16666666666666666",
        "PLEINEMENT, PLEINEMENT, EN_PARTIE, 0.8333333333333334"
    })
    void aPrinciplesCoverageIsTheShareOfItsThreeLeversTreatedCountingPartlyAsHalf(
            LeverAnswer first, LeverAnswer second, LeverAnswer third, double share) {
        Grid grid = Grid.all(NE_TRAITE_PAS)
                .with(P1_L1, first, null)
                .with(P1_L2, second, null)
                .with(P1_L3, third, null);
        List<BoussoleReading.Coverage> coverage = BoussoleReading.coverage(grid);
        assertThat(coverage)
                .extracting(BoussoleReading.Coverage::principle)
                .containsExactly(BoussolePrinciple.values());
        assertThat(coverage.get(0).share()).isEqualTo(share);
        assertThat(coverage.subList(1, 6)).allMatch(c -> c.share() == 0);
    }

    @Test
    void aFullyTreatedGridHasNothingToStrengthen() {
        Grid grid = Grid.all(PLEINEMENT);
        assertThat(BoussoleReading.coverage(grid))
                .allMatch(c -> c.share() == 1 && c.percent().equals("100 %"));
        assertThat(BoussoleReading.toStrengthen(grid)).isEmpty();
        assertThat(BoussoleReading.suggestions(grid, l -> List.of(ActionFixtures.action("x"))))
                .isEmpty();
    }

    @Test
    void onlyTheLeversNotFullyTreatedAreToStrengthenTheLeastCoveredPrinciplesFirstThenInTheBoussolesOrder() {
        Grid grid = Grid.all(PLEINEMENT)
                .with(P6_L2, NE_TRAITE_PAS, null) // principle 6: 2/3
                .with(P4_L3, EN_PARTIE, null) // principle 4: 1/3 with the next two
                .with(P4_L1, NE_TRAITE_PAS, null)
                .with(BoussoleLever.P4_L2, EN_PARTIE, null)
                .with(P3_L2, EN_PARTIE, null) // principle 3: 5/6
                .with(P1_L3, NE_TRAITE_PAS, null); // principle 1: 2/3, before principle 6
        assertThat(BoussoleReading.toStrengthen(grid))
                .containsExactly(P4_L1, BoussoleLever.P4_L2, P4_L3, P1_L3, P6_L2, P3_L2);
    }

    @Test
    void eachLeverToStrengthenShowsAtMostFiveActionsServingItInCatalogueOrderAndCountsTheOthers() {
        List<CatalogueAction> seven = IntStream.rangeClosed(1, 7)
                .mapToObj(i -> ActionFixtures.action("action-" + i))
                .toList();
        Grid grid = Grid.all(PLEINEMENT).with(P3_L2, EN_PARTIE, null).with(P6_L2, NE_TRAITE_PAS, null);
        List<BoussoleReading.Suggestion> suggestions =
                BoussoleReading.suggestions(grid, lever -> lever == P3_L2 ? seven : List.of());
        assertThat(suggestions).extracting(BoussoleReading.Suggestion::lever).containsExactly(P6_L2, P3_L2);
        assertThat(suggestions.get(0).actions()).isEmpty();
        assertThat(suggestions.get(0).answer()).isEqualTo(NE_TRAITE_PAS);
        BoussoleReading.Suggestion partly = suggestions.get(1);
        assertThat(partly.answer()).isEqualTo(EN_PARTIE);
        assertThat(partly.actions())
                .extracting(BoussoleReading.ActionLink::id)
                .containsExactly("action-1", "action-2", "action-3", "action-4", "action-5");
        assertThat(partly.actions().get(0).title()).isEqualTo("Titre de action-1");
        assertThat(partly.actions().get(0).link()).isEqualTo("/actions/action-1");
        assertThat(partly.others()).isEqualTo(2);
    }
}
