package fr.resilience360.action.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanLatenessTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static ActionFields action(PlanStatus status, LocalDate due) {
        return new ActionFields("Essai", "", status, null, due, null, null, null, null, null, null);
    }

    @ParameterizedTest(name = "{0}, échéance {1} : en retard {2}")
    @CsvSource({
        "A_VENIR,   2026-03-03, true",
        "EN_COURS,  2026-12-01, true",
        "EN_COURS,  2026-12-02, false",
        "EN_COURS,  2027-01-01, false",
        "EN_PAUSE,  2026-03-03, true",
        "REALISE,   2026-03-03, false",
        "ABANDONNE, 2026-03-03, false"
    })
    void anActionNotDoneNorAbandonedIsLateOnceItsDueDateIsPast(PlanStatus status, LocalDate due, boolean late) {
        assertThat(PlanLateness.of(action(status, due), List.of(), TODAY).isPresent())
                .isEqualTo(late);
    }

    @Test
    void theReasonNamesTheDueDateInFrench() {
        var late = PlanLateness.of(action(PlanStatus.EN_COURS, LocalDate.of(2026, 3, 3)), List.of(), TODAY);
        assertThat(late)
                .get()
                .extracting(PlanLateness.Late::reason)
                .isEqualTo("échéance dépassée depuis le 3 mars 2026");
    }

    @Test
    void aPausedActionPastItsDueDateIsLateAndSaysItIsPaused() {
        var late = PlanLateness.of(action(PlanStatus.EN_PAUSE, LocalDate.of(2026, 5, 1)), List.of(), TODAY);
        assertThat(late.orElseThrow().reason()).isEqualTo("échéance dépassée depuis le 1er mai 2026 (action en pause)");
    }

    @Test
    void anActionWithoutDueDateIsNeverLateByItsOwnDate() {
        assertThat(PlanLateness.of(action(PlanStatus.EN_COURS, null), List.of(), TODAY))
                .isEmpty();
    }

    @Test
    void aMilestonePastDueAndNotDoneMakesTheActionLate() {
        var missed = new Details.Milestone(1, 1, "Étude préalable", LocalDate.of(2026, 6, 30), null);
        var later = new Details.Milestone(2, 1, "Travaux", LocalDate.of(2026, 9, 30), null);
        var late =
                PlanLateness.of(action(PlanStatus.EN_COURS, LocalDate.of(2027, 6, 1)), List.of(later, missed), TODAY);
        assertThat(late.orElseThrow().reason())
                .isEqualTo("jalon « Étude préalable » non atteint, prévu le 30 juin 2026");
        assertThat(late.orElseThrow().since()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aMilestoneDoneOrStillToComeDoesNotMakeTheActionLate() {
        var done = new Details.Milestone(1, 1, "Étude", LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 2));
        var coming = new Details.Milestone(2, 1, "Travaux", LocalDate.of(2027, 1, 30), null);
        assertThat(PlanLateness.of(action(PlanStatus.EN_COURS, null), List.of(done, coming), TODAY))
                .isEmpty();
    }
}
