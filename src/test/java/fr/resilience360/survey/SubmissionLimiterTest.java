package fr.resilience360.survey;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.resilience360.shared.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SubmissionLimiterTest {

    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void refusesTheSubmissionPastTheLimitWithinTheSameMinuteAndForThisClientOnly() {
        SubmissionLimiter limiter = new SubmissionLimiter(3, Clock.fixed(NOON.plusSeconds(15), ZoneOffset.UTC));
        for (int i = 0; i < 3; i++) limiter.admit("client-a");

        assertThatThrownBy(() -> limiter.admit("client-a"))
                .isInstanceOf(TooManyRequestsException.class)
                .hasMessageContaining("3 au plus")
                .extracting(e -> ((TooManyRequestsException) e).retryAfterSeconds())
                .isEqualTo(45L);
        assertThatCode(() -> limiter.admit("client-b")).doesNotThrowAnyException();
    }

    @Test
    void aNewMinuteStartsANewCount() {
        Instant[] now = {NOON};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        SubmissionLimiter limiter = new SubmissionLimiter(1, clock);
        limiter.admit("client");
        assertThatThrownBy(() -> limiter.admit("client")).isInstanceOf(TooManyRequestsException.class);

        now[0] = NOON.plus(Duration.ofMinutes(1));
        assertThatCode(() -> limiter.admit("client")).doesNotThrowAnyException();
    }
}
