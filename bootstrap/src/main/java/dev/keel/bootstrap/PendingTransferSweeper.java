package dev.keel.bootstrap;

import dev.keel.adapter.persistence.shared.migration.StartUpMigrations;
import dev.keel.application.ledger.transfer.ExpireTransfersUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Expires pending ledger transfers whose time ran out, releasing their amounts. Resolving one touches it too (a post or
 * void of an expired transfer expires it first), so the interval only bounds how long an expired amount stays held.
 * Its runs are skipped until the start-up's migrations have finished, which on an empty database may take longer than
 * the first interval.
 */
@Singleton
final class PendingTransferSweeper {

    private static final System.Logger LOG = System.getLogger(PendingTransferSweeper.class.getName());

    private final ExpireTransfersUseCase expireTransfers;
    private final StartUpMigrations migrations;

    PendingTransferSweeper(ExpireTransfersUseCase expireTransfers, StartUpMigrations migrations) {
        this.expireTransfers = expireTransfers;
        this.migrations = migrations;
    }

    @Scheduled(fixedDelay = "${keel.ledger.expiry-interval:1s}", initialDelay = "${keel.ledger.expiry-interval:1s}")
    void sweep() {
        if (!migrations.finished()) {
            return;
        }
        try {
            int expired = expireTransfers.expireDue();
            if (expired > 0) {
                LOG.log(System.Logger.Level.INFO, "expired {0} pending transfer(s)", expired);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "expiring pending transfers failed; the next run tries again", e);
        }
    }
}
