package dev.keel.application.ledger.transfer;

/**
 * Checks the whole ledger: per currency, total debits equal total credits (posted and pending); every account's stored
 * totals equal the sums of its entries and pending transfers; every posted transfer's entries net to zero and match its
 * posted amount; no account breaks its own limit. Must run in one consistent snapshot.
 */
public interface LedgerAudit {

    Reconciliation audit();
}
