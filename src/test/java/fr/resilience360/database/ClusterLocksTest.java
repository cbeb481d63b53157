package fr.resilience360.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14, item 4: two instances on one database (here two {@link ClusterLocks} on their own connections of the test
 * database, which PostgreSQL sees as two sessions) run each firing of a job once, and the first load or an import
 * one after the other. The two-process version is {@code TwoInstancesIT}.
 */
@IntegrationTest
class ClusterLocksTest {

    @Autowired
    DataSource dataSource;

    private final String job = "test-" + UUID.randomUUID();

    @Test
    void aJobRunningOnOneInstanceIsSkippedByTheOther() throws Exception {
        ClusterLocks a = new ClusterLocks(dataSource, "instance-a");
        ClusterLocks b = new ClusterLocks(dataSource, "instance-b");
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> first =
                CompletableFuture.supplyAsync(() -> a.runScheduled(job, Duration.ZERO, () -> {
                    running.countDown();
                    await(release);
                }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(b.runScheduled(job, Duration.ZERO, () -> {
                    throw new AssertionError("lancée deux fois");
                }))
                .isFalse();
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aJobFinishedByOneInstanceLessThanItsGapAgoIsSkippedByTheOtherThenRunsAgainAfterTheGap() throws Exception {
        ClusterLocks a = new ClusterLocks(dataSource, "instance-a");
        ClusterLocks b = new ClusterLocks(dataSource, "instance-b");
        List<String> ran = new CopyOnWriteArrayList<>();

        assertThat(a.runScheduled(job, Duration.ofSeconds(1), () -> ran.add("a")))
                .isTrue();
        assertThat(b.runScheduled(job, Duration.ofSeconds(1), () -> ran.add("b")))
                .isFalse();
        Thread.sleep(1100);
        assertThat(b.runScheduled(job, Duration.ofSeconds(1), () -> ran.add("b")))
                .isTrue();

        assertThat(ran).containsExactly("a", "b");
    }

    @Test
    void theSecondInstanceWaitsForTheFirstLoadThenRunsAfterIt() throws Exception {
        ClusterLocks a = new ClusterLocks(dataSource, "instance-a");
        ClusterLocks b = new ClusterLocks(dataSource, "instance-b");
        List<String> steps = new CopyOnWriteArrayList<>();
        CountDownLatch loading = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> a.runExclusively(job, () -> {
            steps.add("a commence");
            loading.countDown();
            sleep(3 * ClusterLocks.WAIT_STEP.toMillis());
            steps.add("a finit");
        }));
        assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();

        String second = b.runExclusively(job, () -> {
            steps.add("b");
            return "fait";
        });

        first.get(10, TimeUnit.SECONDS);
        assertThat(second).isEqualTo("fait");
        assertThat(steps).containsExactly("a commence", "a finit", "b");
    }

    @Test
    void theLockIsReleasedWhenTheWorkFails() {
        ClusterLocks a = new ClusterLocks(dataSource, "instance-a");
        ClusterLocks b = new ClusterLocks(dataSource, "instance-b");

        assertThatThrownBy(() -> a.runExclusively(job, () -> {
                    throw new IllegalStateException("échec du chargement");
                }))
                .hasMessage("échec du chargement");

        assertThat(CompletableFuture.supplyAsync(() -> b.runExclusively(job, () -> "fait")))
                .succeedsWithin(Duration.ofSeconds(5))
                .isEqualTo("fait");
    }

    @Test
    void halfPeriodOfACronIsHalfTheTimeBetweenTwoFirings() {
        assertThat(ClusterLocks.halfPeriod("*/4 * * * * *")).isEqualTo(Duration.ofSeconds(2));
        assertThat(ClusterLocks.halfPeriod("0 30 3 * * *")).isEqualTo(Duration.ofHours(12));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
