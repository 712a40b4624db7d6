package dev.keel.bootstrap;

import dev.keel.application.ledger.transfer.ExpireTransfersUseCase;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Expires pending ledger transfers whose time ran out, releasing their amounts. Resolving one touches it too (a post or
 * void of an expired transfer expires it first), so the interval only bounds how long an expired amount stays held.
 */
@Singleton
final class PendingTransferSweeper {

    private static final System.Logger LOG = System.getLogger(PendingTransferSweeper.class.getName());

    private final ExpireTransfersUseCase expireTransfers;

    PendingTransferSweeper(ExpireTransfersUseCase expireTransfers) {
        this.expireTransfers = expireTransfers;
    }

    @Scheduled(fixedDelay = "${keel.ledger.expiry-interval:1s}", initialDelay = "${keel.ledger.expiry-interval:1s}")
    void sweep() {
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
