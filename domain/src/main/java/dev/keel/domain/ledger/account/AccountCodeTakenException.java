package dev.keel.domain.ledger.account;

import dev.keel.domain.shared.ConflictException;

/** Another account already has the code. */
public final class AccountCodeTakenException extends ConflictException {

    public AccountCodeTakenException(String code) {
        super("account-code-taken", "Account code taken", "an account with code " + code + " already exists");
    }
}
