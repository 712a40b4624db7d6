package dev.keel.adapter.persistence.shared.idempotency;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.application.shared.idempotency.IdempotencyRecord;
import dev.keel.application.shared.idempotency.StoredResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What only PostgreSQL can show: records roll back with their transaction, and the key lock is per transaction. */
@MicronautTest(transactional = false)
class IdempotencyPersistenceAdapterTest {

    private static final Duration RETENTION = Duration.ofHours(24);
    private static final StoredResponse CREATED = new StoredResponse(201,
            Map.of("Location", "/api/v1/users/1", "ETag", "\"0\""), "{\"a\":1}");

    @Inject
    IdempotencyPersistenceAdapter store;

    @Inject
    UnitOfWork unitOfWork;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private static String key() {
        return "key-" + UUID.randomUUID();
    }

    @Test
    void aRecordRolledBackWithItsTransactionIsNotThere() {
        String key = key();
        assertThatThrownBy(() -> unitOfWork.write(() -> {
            store.save("user:a", key, new IdempotencyRecord("fp", CREATED), now, RETENTION);
            throw new IllegalStateException("the effect failed");
        })).hasMessage("the effect failed");

        assertThat(unitOfWork.read(() -> store.find("user:a", key, now))).isEmpty();
    }

    @Test
    void theKeyLockIsHeldUntilTheHoldingTransactionEndsAndThenFree() throws Exception {
        String key = key();
        var locked = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        CompletableFuture<Boolean> holder = CompletableFuture.supplyAsync(() -> unitOfWork.write(() -> {
            boolean got = store.tryLock("user:a", key);
            locked.countDown();
            await(release);
            return got;
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(unitOfWork.write(() -> store.tryLock("user:a", key))).as("while held elsewhere").isFalse();
        assertThat(unitOfWork.write(() -> store.tryLock("user:a", "other-" + key))).as("another key").isTrue();
        assertThat(unitOfWork.write(() -> store.tryLock("user:b", key))).as("the same key of another caller").isTrue();

        release.countDown();
        assertThat(holder.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(unitOfWork.write(() -> store.tryLock("user:a", key))).as("after the holder committed").isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
