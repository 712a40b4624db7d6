package dev.keel.domain.ledger.account;

import dev.keel.domain.ledger.transfer.TransferId;

import java.time.Instant;
import java.util.Objects;

/**
 * One side of a posted transfer on one account: append-only, with the account's posted balance (credits − debits) and
 * version right after it.
 */
public record LedgerEntry(TransferId transferId, AccountId accountId, EntrySide side, long amount, long balanceAfter,
                          long accountVersion, Instant at) {

    public LedgerEntry {
        Objects.requireNonNull(transferId, "transferId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(at, "at");
    }
}
