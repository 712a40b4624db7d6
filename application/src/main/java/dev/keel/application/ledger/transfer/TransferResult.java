package dev.keel.application.ledger.transfer;

import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.ledger.transfer.Transfer;

import java.util.Objects;

/**
 * A transfer with its two accounts right after it was made or resolved; {@code replayed} when the transfer already
 * existed with the same fields (the accounts are then as they are now).
 */
public record TransferResult(Transfer transfer, Account debitAccount, Account creditAccount, boolean replayed) {

    public TransferResult {
        Objects.requireNonNull(transfer, "transfer");
        Objects.requireNonNull(debitAccount, "debitAccount");
        Objects.requireNonNull(creditAccount, "creditAccount");
    }
}
