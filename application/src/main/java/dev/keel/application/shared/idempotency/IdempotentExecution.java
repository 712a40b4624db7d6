package dev.keel.application.shared.idempotency;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.DatabaseUnavailableException;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.ConcurrentUpdateException;
import dev.keel.domain.shared.DomainException;
import dev.keel.domain.shared.ValidationException;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a request at most once per idempotency key. Lock, lookup, the request's effect and the stored response
 * share one transaction: the key's record commits exactly when the effect does, so no crash, timeout or lost
 * connection can make a retry perform the effect twice. While the first request runs, its transaction holds
 * the key's lock and a concurrent request with the key is refused at once.
 *
 * <p>A request joined this way runs its use case inside this transaction, so the use case's own retry of collisions
 * ({@link UnitOfWork#writeRetryingConflicts}) cannot start it again (after a deadlock or serialization failure the
 * database aborted the transaction it joined): this transaction is the one retried instead, key lock and lookup
 * included, when the request collided with a concurrent change (see {@link #answer}), a bounded number of times, and
 * then answers 503 (nothing committed, so the key may be retried).
 */
@Singleton
public final class IdempotentExecution {

    public static final int MAX_KEY_LENGTH = 255;
    /** The scope of requests without a signed-in caller (sign-ups): they all share it. */
    public static final String ANONYMOUS_SCOPE = "anonymous";
    public static final Duration RETENTION = Duration.ofHours(24);

    private final IdempotencyStore store;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public IdempotentExecution(IdempotencyStore store, UnitOfWork unitOfWork, Clock clock) {
        this.store = store;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** The result of one request: the response and whether it is a replay of an earlier one. */
    public record Outcome(StoredResponse response, boolean replayed) {
    }

    /**
     * Runs {@code request} under {@code key} in the caller's {@code scope}, or replays what it answered before. A {@link DomainException} the
     * request throws is rolled back to a savepoint and answered with {@code failureResponse}'s rendering, which is
     * stored like a success. Anything else (the database unavailable, an unexpected exception) rolls everything
     * back, stores nothing, and propagates: the client may retry with the same key.
     *
     * @throws IdempotencyKeyReusedException        when the key came with another fingerprint
     * @throws IdempotentRequestInProgressException when the first request with the key is still running
     */
    public Outcome execute(String scope, String key, String fingerprint, Supplier<StoredResponse> request,
                           Function<DomainException, StoredResponse> failureResponse) {
        validateKey(key);
        return unitOfWork.writeRetryingConflicts(() -> {
            if (!store.tryLock(scope, key)) {
                throw new IdempotentRequestInProgressException();
            }
            Optional<IdempotencyRecord> earlier = store.find(scope, key, clock.now());
            if (earlier.isPresent()) {
                if (!earlier.get().fingerprint().equals(fingerprint)) {
                    throw new IdempotencyKeyReusedException();
                }
                return new Outcome(earlier.get().response(), true);
            }
            StoredResponse response = answer(request, failureResponse);
            store.save(scope, key, new IdempotencyRecord(fingerprint, response), clock.now(), RETENTION);
            return new Outcome(response, false);
        }, () -> new DatabaseUnavailableException("the request kept colliding with concurrent ones; retry it", null));
    }

    private StoredResponse answer(Supplier<StoredResponse> request,
                                  Function<DomainException, StoredResponse> failureResponse) {
        try {
            return unitOfWork.nested(request);
        } catch (ConcurrentUpdateException collided) {
            // Not an answer but a collision, which a request without a key would have run again: leave the
            // transaction, so that it runs again as a whole instead of storing a 409 for the key.
            throw collided;
        } catch (DomainException refused) {
            return failureResponse.apply(refused);
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
