package dev.keel.application.testing;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.application.shared.idempotency.IdempotencyRecord;
import dev.keel.application.shared.idempotency.IdempotencyStore;
import dev.keel.application.shared.idempotency.StoredResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link IdempotencyStore} owes {@code IdempotentExecution}, run against the in-memory fake
 * ({@code InMemoryIdempotencyStoreTest}) and the PostgreSQL adapter ({@code IdempotencyPersistenceAdapterContractTest}).
 * Lock contention between transactions is the adapter's own test: the fake has no transactions.
 */
public abstract class IdempotencyStoreContract {

    private static final Duration RETENTION = Duration.ofHours(24);
    private static final String SCOPE = "user:contract";
    private static final StoredResponse CREATED = new StoredResponse(201,
            Map.of("Location", "/api/v1/users/1", "ETag", "\"0\"", "Content-Type", "application/json"),
            "{\"id\":\"1\",\"name\":\"Zo\u00eb \ud83d\ude00\"}");

    protected abstract IdempotencyStore store();

    protected abstract UnitOfWork unitOfWork();

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private static String key() {
        return "contract-" + UUID.randomUUID();
    }

    private void save(String key, String fingerprint, Instant at) {
        unitOfWork().write(() -> {
            store().save(SCOPE, key, new IdempotencyRecord(fingerprint, CREATED), at, RETENTION);
            return null;
        });
    }

    @Test
    void aSavedRecordIsFoundWithExactlyItsFingerprintStatusHeadersAndBody() {
        String key = key();
        save(key, "fp", now);

        assertThat(unitOfWork().read(() -> store().find(SCOPE, key, now))).contains(new IdempotencyRecord("fp", CREATED));
    }

    @Test
    void anUnknownKeyHasNoRecord() {
        assertThat(unitOfWork().read(() -> store().find(SCOPE, key(), now))).isEmpty();
    }

    @Test
    void aRecordLivesForItsRetentionAndNotAMicrosecondLonger() {
        String key = key();
        save(key, "fp", now);

        assertThat(unitOfWork().read(() -> store().find(SCOPE, key, now.plus(RETENTION).minusNanos(1_000)))).isPresent();
        assertThat(unitOfWork().read(() -> store().find(SCOPE, key, now.plus(RETENTION)))).isEmpty();
    }

    @Test
    void anExpiredRecordIsReplacedAndALiveOneNever() {
        String key = key();
        save(key, "old", now);

        assertThatThrownBy(() -> save(key, "again", now.plusSeconds(1))).isInstanceOf(IllegalStateException.class);
        Instant later = now.plus(RETENTION);
        save(key, "new", later);

        assertThat(unitOfWork().read(() -> store().find(SCOPE, key, later))).contains(new IdempotencyRecord("new", CREATED));
    }

    @Test
    void theSameKeyInAnotherScopeIsAnotherKey() {
        String key = key();
        save(key, "fp", now);

        assertThat(unitOfWork().read(() -> store().find("user:someone-else", key, now))).isEmpty();
        unitOfWork().write(() -> {
            store().save("user:someone-else", key, new IdempotencyRecord("other", CREATED), now, RETENTION);
            return null;
        });
        assertThat(unitOfWork().read(() -> store().find("user:someone-else", key, now)))
                .contains(new IdempotencyRecord("other", CREATED));
        assertThat(unitOfWork().read(() -> store().find(SCOPE, key, now))).contains(new IdempotencyRecord("fp", CREATED));
    }

    @Test
    void aFreeKeyCanBeLocked() {
        assertThat(unitOfWork().write(() -> store().tryLock(SCOPE, key()))).isTrue();
    }

    @Test
    void purgeDeletesExpiredRecordsOnlyAndAtMostABatch() {
        Instant longAgo = now.minus(RETENTION).minusSeconds(60);
        String live = key();
        String[] expired = {key(), key(), key()};
        save(live, "fp", now);
        for (String key : expired) {
            save(key, "fp", longAgo);
        }

        int purged = 0;
        for (int batch; (batch = unitOfWork().write(() -> store().purgeExpired(now, 2))) > 0; ) {
            assertThat(batch).isLessThanOrEqualTo(2);
            purged += batch;
        }

        assertThat(purged).isGreaterThanOrEqualTo(expired.length);
        for (String key : expired) {
            assertThat(unitOfWork().read(() -> store().find(SCOPE, key, longAgo))).isEmpty();
        }
        assertThat(unitOfWork().read(() -> store().find(SCOPE, live, now))).isPresent();
    }
}
