package dev.keel.domain.ledger.transfer;

import dev.keel.domain.shared.NotFoundException;

/** Unknown, or touching no account of the caller's. */
public final class TransferNotFoundException extends NotFoundException {

    public TransferNotFoundException(TransferId id) {
        super("transfer", id);
    }
}
