package dev.keel.application.ledger.transfer;

import dev.keel.application.identity.auth.Actor;

import java.util.List;

public interface MakeTransfersUseCase {

    /**
     * Up to 1,000 transfers in one unit of work. Atomic: all or none ({@link BatchRefusedException} naming the first that
     * failed); otherwise one result per transfer, in order.
     */
    List<BatchItemResult> make(Actor actor, List<TransferRequest> requests, boolean atomic);
}
