package dev.keel.application.shared.idempotency;

import dev.keel.application.shared.Clock;
import dev.keel.domain.shared.ValidationException;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a request at most once per idempotency key: the first run's response is stored and replayed to
 * every later request with the same key and fingerprint for the retention period.
 */
public final class IdempotentExecution {

    public static final int MAX_KEY_LENGTH = 255;
    public static final Duration RETENTION = Duration.ofHours(24);
    /** How long a claim may stay unfinished before it counts as abandoned (a crashed instance, say). */
    public static final Duration LEASE = Duration.ofMinutes(2);

    private final IdempotencyStore store;
    private final Clock clock;

    public IdempotentExecution(IdempotencyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The result of one request: the response and whether it is a replay of an earlier one. */
    public record Outcome(StoredResponse response, boolean replayed) {
    }

    /**
     * Runs {@code request} under {@code key}, or replays what it returned before. {@code request} turns its
     * own failures into responses; a response worth keeping is stored, any other outcome frees the key.
     *
     * @throws IdempotencyKeyReusedException        when the key came with another fingerprint
     * @throws IdempotentRequestInProgressException when the first request with the key is still running
     */
    public Outcome execute(String key, String fingerprint, Supplier<StoredResponse> request) {
        validateKey(key);
        IdempotencyClaim claim = store.claim(key, fingerprint, clock.now(), LEASE, RETENTION);
        if (claim instanceof IdempotencyClaim.Taken(String firstFingerprint, Optional<StoredResponse> response)) {
            if (!firstFingerprint.equals(fingerprint)) {
                throw new IdempotencyKeyReusedException();
            }
            return new Outcome(response.orElseThrow(IdempotentRequestInProgressException::new), true);
        }
        StoredResponse response;
        try {
            response = request.get();
        } catch (RuntimeException | Error e) {
            releaseQuietly(key, e);
            throw e;
        }
        if (response.isWorthKeeping()) {
            store.complete(key, response);
        } else {
            store.release(key);
        }
        return new Outcome(response, false);
    }

    /** Frees the key after a failure without letting a second failure hide the first. */
    private void releaseQuietly(String key, Throwable failure) {
        try {
            store.release(key);
        } catch (RuntimeException releaseFailure) {
            failure.addSuppressed(releaseFailure);
        }
    }

    private static void validateKey(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ValidationException.of("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        if (!key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ValidationException.of("Idempotency-Key", "must be printable ASCII without spaces");
        }
    }
}
