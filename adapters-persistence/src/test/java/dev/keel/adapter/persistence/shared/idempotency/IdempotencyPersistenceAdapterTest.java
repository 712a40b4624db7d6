package dev.keel.adapter.persistence.shared.idempotency;

import dev.keel.application.shared.idempotency.IdempotencyClaim;
import dev.keel.application.shared.idempotency.StoredResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class IdempotencyPersistenceAdapterTest {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final Duration RETENTION = Duration.ofHours(24);

    @Inject
    IdempotencyPersistenceAdapter store;

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    private static String key() {
        return "key-" + UUID.randomUUID();
    }

    @Test
    void firstClaimAcquiresAndSecondSeesTheRunningRequest() {
        String key = key();
        assertThat(store.claim(key, "fp", now, LEASE, RETENTION)).isInstanceOf(IdempotencyClaim.Acquired.class);
        assertThat(store.claim(key, "fp", now, LEASE, RETENTION))
                .isEqualTo(new IdempotencyClaim.Taken("fp", Optional.empty()));
    }

    @Test
    void completedResponseIsReturnedWithItsHeadersAndBody() {
        String key = key();
        store.claim(key, "fp", now, LEASE, RETENTION);
        var response = new StoredResponse(201, Map.of("Location", "/api/v1/users/1", "ETag", "\"0\""), "{\"a\":1}");
        store.complete(key, response);

        assertThat(store.claim(key, "other", now, LEASE, RETENTION))
                .isEqualTo(new IdempotencyClaim.Taken("fp", Optional.of(response)));
    }

    @Test
    void releasedKeyCanBeClaimedAgain() {
        String key = key();
        store.claim(key, "fp", now, LEASE, RETENTION);
        store.release(key);
        assertThat(store.claim(key, "fp", now, LEASE, RETENTION)).isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void expiredLeaseAndExpiredRetentionAreClaimedAfresh() {
        String abandoned = key();
        store.claim(abandoned, "fp", now, LEASE, RETENTION);
        assertThat(store.claim(abandoned, "fp2", now.plus(LEASE).plusSeconds(1), LEASE, RETENTION))
                .isInstanceOf(IdempotencyClaim.Acquired.class);

        String old = key();
        store.claim(old, "fp", now, LEASE, RETENTION);
        store.complete(old, new StoredResponse(201, Map.of(), "{}"));
        assertThat(store.claim(old, "fp", now.plus(RETENTION).minusSeconds(1), LEASE, RETENTION))
                .isInstanceOf(IdempotencyClaim.Taken.class);
        assertThat(store.claim(old, "new", now.plus(RETENTION).plusSeconds(1), LEASE, RETENTION))
                .isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void concurrentClaimsOfOneKeyLetExactlyOneRequestRun() throws Exception {
        String key = key();
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<IdempotencyClaim>> claims = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                claims.add(pool.submit(() -> {
                    start.await();
                    return store.claim(key, "fp", now, LEASE, RETENTION);
                }));
            }
            start.countDown();
            int acquired = 0;
            for (Future<IdempotencyClaim> claim : claims) {
                if (claim.get() instanceof IdempotencyClaim.Acquired) {
                    acquired++;
                }
            }
            assertThat(acquired).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void purgeDeletesOnlyExpiredKeysInBatches() {
        Instant past = now.minus(RETENTION).minusSeconds(60);
        List<String> expired = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String key = key();
            store.claim(key, "fp", past, LEASE, RETENTION);
            expired.add(key);
        }
        String live = key();
        store.claim(live, "fp", now, LEASE, RETENTION);

        int first = store.purgeExpired(now, 3);
        int rest = store.purgeExpired(now, 1000);

        assertThat(first).isEqualTo(3);
        assertThat(rest).isGreaterThanOrEqualTo(2);
        expired.forEach(key -> assertThat(store.claim(key, "again", now, LEASE, RETENTION))
                .isInstanceOf(IdempotencyClaim.Acquired.class));
        assertThat(store.claim(live, "fp", now, LEASE, RETENTION)).isInstanceOf(IdempotencyClaim.Taken.class);
    }
}
