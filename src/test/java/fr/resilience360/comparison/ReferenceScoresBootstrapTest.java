package fr.resilience360.comparison;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.resilience360.observatory.IndicatorValuesRecomputed;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class ReferenceScoresBootstrapTest {

    private final ReferenceScoreComputation computation = mock(ReferenceScoreComputation.class);
    private final ReferenceScoresBootstrap bootstrap = new ReferenceScoresBootstrap(computation);

    @Test
    void everyRecomputeOfTheObservatoryComputesTheScoresAgain() {
        bootstrap.onRecompute(new IndicatorValuesRecomputed(200, 388_404, 107_000));

        verify(computation).computeAll(any());
    }

    @Test
    void aStartComputesOnlyWhenTheInputsChanged() {
        when(computation.isUpToDate()).thenReturn(true);
        bootstrap.run(new DefaultApplicationArguments());
        verify(computation, never()).computeAll(any());

        when(computation.isUpToDate()).thenReturn(false);
        bootstrap.run(new DefaultApplicationArguments());
        verify(computation).computeAll(any());
    }

    @Test
    void aFailedComputationDoesNotFailTheRecomputeThatPublishedTheEvent() {
        when(computation.computeAll(any())).thenThrow(new IllegalStateException("base indisponible"));

        assertThatCode(() -> bootstrap.onRecompute(new IndicatorValuesRecomputed(1, 1, 1)))
                .doesNotThrowAnyException();
    }
}
