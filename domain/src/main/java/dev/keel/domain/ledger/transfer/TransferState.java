package dev.keel.domain.ledger.transfer;

/** A transfer is posted at once, or pending until it is posted, voided or expires: each pending one resolves once. */
public enum TransferState {
    PENDING,
    POSTED,
    VOIDED,
    EXPIRED
}
