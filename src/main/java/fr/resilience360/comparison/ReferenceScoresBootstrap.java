package fr.resilience360.comparison;

import fr.resilience360.observatory.IndicatorValuesRecomputed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the reference scores in step with the data: computed again after every recompute of the observatory (load of
 * the bundled datasets, {@code import}, {@code recompute}), and at start when the data loaded since the last
 * computation differs (first start, a load by another version of the application). Runs after the observatory (order
 * 20).
 */
@Component
@Order(30)
class ReferenceScoresBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceScoresBootstrap.class);

    private final ReferenceScoreComputation computation;

    ReferenceScoresBootstrap(ReferenceScoreComputation computation) {
        this.computation = computation;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!computation.isUpToDate()) computation.computeAll(log::info);
    }

    /**
     * The recomputed values are committed whatever happens here: a failure is logged, not thrown at the import or
     * recompute that published the event, and the next start computes the scores again (their inputs are stale).
     */
    @EventListener
    void onRecompute(IndicatorValuesRecomputed recomputed) {
        try {
            computation.computeAll(log::info);
        } catch (RuntimeException e) {
            log.error("Scores de référence non recalculés : {}", e.getMessage(), e);
        }
    }
}
