package dev.keel.application.ledger.transfer;

public interface ExpireTransfersUseCase {

    /** Expires every pending transfer whose time ran out by now, releasing its amount; answers how many. */
    int expireDue();
}
