package fr.resilience360.shared;

/** A client sent more requests than allowed: the API answers 429 with this French message and {@code Retry-After}. */
public class TooManyRequestsException extends UserInputException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
