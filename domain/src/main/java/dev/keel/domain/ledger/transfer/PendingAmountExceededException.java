package dev.keel.domain.ledger.transfer;

import dev.keel.domain.shared.BusinessRuleViolationException;

/** A pending transfer posts at most the amount it holds. */
public final class PendingAmountExceededException extends BusinessRuleViolationException {

    public PendingAmountExceededException(TransferId id, long pending) {
        super("pending-amount-exceeded", "More than the pending amount",
                "transfer " + id + " holds " + pending + "; it posts at most that (the rest is released)");
    }
}
