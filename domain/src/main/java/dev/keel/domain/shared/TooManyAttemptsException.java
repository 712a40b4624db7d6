package dev.keel.domain.shared;

import java.time.Duration;
import java.util.Objects;

/** Too many attempts of something that is throttled; the caller may try again after {@link #retryAfter()}. */
public non-sealed class TooManyAttemptsException extends DomainException {

    private final Duration retryAfter;

    public TooManyAttemptsException(String message, Duration retryAfter) {
        super("too-many-requests", "Too many requests", message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long until an attempt may succeed again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
