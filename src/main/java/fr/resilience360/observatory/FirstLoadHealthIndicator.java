package fr.resilience360.observatory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The observatory's part of the readiness probe ({@code firstLoad} in {@code /actuator/health/readiness}): out of
 * service until this process's first load of the bundled datasets has finished, the recomputations it triggers
 * included (aggregates, relative positions, and the listeners of {@link IndicatorValuesRecomputed}, which run in the
 * same thread); up for good afterwards. The site answers during that load, but its pages would show missing data: an
 * orchestrator or a load balancer sends it no traffic until then.
 */
@Component
class FirstLoadHealthIndicator implements HealthIndicator {

    private final ImportProgress progress;

    FirstLoadHealthIndicator(ImportProgress progress) {
        this.progress = progress;
    }

    @Override
    public Health health() {
        var finished = progress.firstFinishedAt();
        if (finished.isPresent())
            return Health.up().withDetail("fini", finished.get()).build();
        ImportProgress.Snapshot s = progress.snapshot();
        return Health.outOfService()
                .withDetail(
                        "chargement",
                        s.running()
                                ? "jeux de données fournis en cours de chargement depuis " + s.startedAt()
                                : "pas encore commencé")
                .build();
    }
}
