package fr.resilience360.database;

import jakarta.annotation.PreDestroy;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first-start loads of bundled data (the modules' {@link ApplicationRunner}s: division, typology, observatory,
 * reference scores) run once when several instances start on one empty database: the first runner of every instance
 * takes the lock {@link ClusterLocks#FIRST_LOAD} and holds it until the instance is ready (or has failed). The
 * instance that gets it loads; the others wait — their web server answers meanwhile, their readiness probe says out of
 * service — then run the same runners, which find the data loaded and skip it. A command of the command line waits the
 * same way for a server's load before running.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstLoadLock implements ApplicationRunner {

    private final ClusterLocks locks;
    private ClusterLocks.Held held;

    FirstLoadLock(ClusterLocks locks) {
        this.locks = locks;
    }

    @Override
    public void run(ApplicationArguments args) {
        ClusterLocks.Held lock = locks.acquire(ClusterLocks.FIRST_LOAD);
        synchronized (this) {
            held = lock;
        }
    }

    @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class})
    @PreDestroy
    synchronized void release() {
        if (held != null) held.close();
        held = null;
    }
}
