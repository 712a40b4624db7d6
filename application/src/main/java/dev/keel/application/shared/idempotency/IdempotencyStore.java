package dev.keel.application.shared.idempotency;

import java.time.Duration;
import java.time.Instant;

/** Durable record of idempotency keys. Every method commits on its own; claims are race-safe. */
public interface IdempotencyStore {

    /**
     * Atomically claims {@code key} for a request with {@code fingerprint}. A key whose retention ran out,
     * or whose unfinished holder's lease ran out, is claimed afresh.
     */
    IdempotencyClaim claim(String key, String fingerprint, Instant now, Duration lease, Duration retention);

    /** Records the finished response of the request that holds {@code key}. */
    void complete(String key, StoredResponse response);

    /** Frees {@code key} after a failure that the client may retry. */
    void release(String key);

    /** Deletes up to {@code batchSize} keys whose retention ended before {@code now}; returns how many. */
    int purgeExpired(Instant now, int batchSize);
}
