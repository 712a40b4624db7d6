package dev.keel.adapter.persistence.shared.idempotency;

import dev.keel.application.shared.idempotency.IdempotencyStore;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes expired idempotency keys in small batches, so that no run holds many row locks at once. */
@Singleton
@Requires(property = "keel.idempotency.purge.enabled", notEquals = "false")
class IdempotencyKeyPurgeJob {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeyPurgeJob.class);
    private static final int BATCH_SIZE = 1_000;
    private static final int MAX_BATCHES_PER_RUN = 100;

    private final IdempotencyStore store;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    IdempotencyKeyPurgeJob(IdempotencyStore store, UnitOfWork unitOfWork, Clock clock) {
        this.store = store;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${keel.idempotency.purge.interval:15m}", initialDelay = "1m")
    void purgeExpiredKeys() {
        try {
            int total = 0;
            for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
                int deleted = unitOfWork.write(() -> store.purgeExpired(clock.now(), BATCH_SIZE));
                total += deleted;
                if (deleted < BATCH_SIZE) {
                    break;
                }
            }
            if (total > 0) {
                LOG.info("Purged {} expired idempotency keys", total);
            }
        } catch (RuntimeException e) {
            LOG.warn("Purging expired idempotency keys failed; the next run tries again: {}", e.getMessage());
        }
    }
}
