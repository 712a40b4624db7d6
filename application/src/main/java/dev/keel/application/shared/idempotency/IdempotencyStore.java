package dev.keel.application.shared.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Durable record of idempotency keys and the responses they produced. Every method runs inside the caller's
 * unit of work: a key's record commits (or rolls back) together with the effect of its request. Keys belong to a
 * scope (the caller): the same key in two scopes is two keys.
 */
public interface IdempotencyStore {

    /**
     * Takes the key's lock for the rest of the current transaction, without waiting: false when another
     * transaction holds it (a request with the same key is still running).
     */
    boolean tryLock(String scope, String key);

    /** The live record of {@code key}: one whose retention has not ended at {@code now}. */
    Optional<IdempotencyRecord> find(String scope, String key, Instant now);

    /** Records the response to {@code key}'s request, replacing an expired record of the key. */
    void save(String scope, String key, IdempotencyRecord record, Instant now, Duration retention);

    /** Deletes up to {@code batchSize} records whose retention ended before {@code now}; returns how many. */
    int purgeExpired(Instant now, int batchSize);
}
