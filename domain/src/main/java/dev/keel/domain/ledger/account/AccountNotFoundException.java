package dev.keel.domain.ledger.account;

import dev.keel.domain.shared.NotFoundException;

/** Unknown, or not the caller's (only its owner and administrators see an account). */
public final class AccountNotFoundException extends NotFoundException {

    public AccountNotFoundException(AccountId id) {
        super("account", id);
    }
}
