package dev.keel.adapter.persistence.identity.session;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.session.SessionRepository;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Deletes sessions that expired or were revoked longer ago than the retention, with their refresh tokens, in
 * small batches. Until then a reused refresh token of an ended session is still recognised (and refused).
 */
@Singleton
@Requires(property = "keel.auth.sessions.purge.enabled", notEquals = "false")
class SessionPurgeJob {

    private static final Logger LOG = LoggerFactory.getLogger(SessionPurgeJob.class);
    private static final int BATCH_SIZE = 1_000;
    private static final int MAX_BATCHES_PER_RUN = 100;

    private final SessionRepository sessions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final Duration retention;

    SessionPurgeJob(SessionRepository sessions, UnitOfWork unitOfWork, Clock clock,
                    @Value("${keel.auth.sessions.purge.retention:7d}") Duration retention) {
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(fixedDelay = "${keel.auth.sessions.purge.interval:1h}", initialDelay = "1m")
    void purgeEndedSessions() {
        try {
            int total = purge();
            if (total > 0) {
                LOG.info("Purged {} ended sessions", total);
            }
        } catch (RuntimeException e) {
            LOG.warn("Purging ended sessions failed; the next run tries again: {}", e.getMessage());
        }
    }

    /** One run: every batch until one comes back short; returns how many sessions were deleted. */
    int purge() {
        int total = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            int deleted = unitOfWork.write(() -> sessions.purgeEndedBefore(clock.now().minus(retention), BATCH_SIZE));
            total += deleted;
            if (deleted < BATCH_SIZE) {
                break;
            }
        }
        return total;
    }
}
