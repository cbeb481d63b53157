package fr.resilience360.survey;

import fr.resilience360.shared.TooManyRequestsException;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code resilience360.surveys.rate-limit-per-minute} submissions (default 60) per client and per minute of
 * the clock, on this instance. A client is named by a hash of its identity (respondent key, else address) salted with
 * a secret drawn at start: the identity is kept only in memory, only hashed, and never stored.
 */
@Component
class SubmissionLimiter {

    /** Above this many clients in memory, the windows of past minutes are dropped. */
    private static final int MAX_CLIENTS = 100_000;

    private final int perMinute;
    private final Clock clock;
    private final byte[] salt = SurveySecrets.randomBytes(32);
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Autowired
    SubmissionLimiter(@Value("${resilience360.surveys.rate-limit-per-minute:60}") int perMinute) {
        this(perMinute, Clock.systemUTC());
    }

    SubmissionLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts one submission of this client, or refuses it (429) when it is over the limit this minute. */
    void admit(String clientIdentity) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > MAX_CLIENTS) windows.values().removeIf(w -> w.minute() < minute);
        String client = Base64.getEncoder().encodeToString(SurveySecrets.hmac(salt, clientIdentity));
        Window window = windows.merge(
                client, new Window(minute, 1), (old, one) -> old.minute() == minute ? old.plusOne() : one);
        if (window.count() > perMinute)
            throw new TooManyRequestsException(
                    "Trop de réponses envoyées depuis ce poste en une minute (" + perMinute
                            + " au plus) : réessayez dans un instant.",
                    60 - (clock.millis() / 1000) % 60);
    }

    private record Window(long minute, int count) {

        Window plusOne() {
            return new Window(minute, count + 1);
        }
    }
}
