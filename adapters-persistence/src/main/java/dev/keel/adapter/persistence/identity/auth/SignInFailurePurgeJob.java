package dev.keel.adapter.persistence.identity.auth;

import dev.keel.application.identity.auth.SignInAttempts;
import dev.keel.application.identity.auth.SignInThrottleSettings;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes failed sign-ins older than the throttling window, in small batches. */
@Singleton
@Requires(property = "keel.auth.throttle.purge.enabled", notEquals = "false")
class SignInFailurePurgeJob {

    private static final Logger LOG = LoggerFactory.getLogger(SignInFailurePurgeJob.class);
    private static final int BATCH_SIZE = 1_000;
    private static final int MAX_BATCHES_PER_RUN = 100;

    private final SignInAttempts attempts;
    private final SignInThrottleSettings settings;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    SignInFailurePurgeJob(SignInAttempts attempts, SignInThrottleSettings settings, UnitOfWork unitOfWork, Clock clock) {
        this.attempts = attempts;
        this.settings = settings;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${keel.auth.throttle.purge.interval:15m}", initialDelay = "1m")
    void purgeOldFailures() {
        try {
            int total = 0;
            for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
                int deleted = unitOfWork.write(() -> attempts.purgeBefore(clock.now().minus(settings.window()), BATCH_SIZE));
                total += deleted;
                if (deleted < BATCH_SIZE) {
                    break;
                }
            }
            if (total > 0) {
                LOG.info("Purged {} old failed sign-in attempts", total);
            }
        } catch (RuntimeException e) {
            LOG.warn("Purging old failed sign-in attempts failed; the next run tries again: {}", e.getMessage());
        }
    }
}
