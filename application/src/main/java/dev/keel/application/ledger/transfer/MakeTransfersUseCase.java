package dev.keel.application.ledger.transfer;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.Violations;

import java.util.List;

public interface MakeTransfersUseCase {

    int MAX_BATCH = 1000;

    /** Reports {@code field} into {@code violations} unless a batch of {@code size} holds 1 to {@link #MAX_BATCH}. */
    static void checkSize(Violations violations, String field, int size) {
        if (size < 1 || size > MAX_BATCH) {
            violations.add(field, "must hold 1 to " + MAX_BATCH + " transfers");
        }
    }

    /**
     * Up to 1,000 transfers in one unit of work. Atomic: all or none ({@link BatchRefusedException} naming the first that
     * failed); otherwise one result per transfer, in order.
     */
    List<BatchItemResult> make(Actor actor, List<TransferRequest> requests, boolean atomic);
}
