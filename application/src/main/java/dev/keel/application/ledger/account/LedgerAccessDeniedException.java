package dev.keel.application.ledger.account;

import dev.keel.domain.shared.ForbiddenException;

/** A ledger action only an account's owner or an administrator may take. */
public final class LedgerAccessDeniedException extends ForbiddenException {

    public LedgerAccessDeniedException(String message) {
        super(message);
    }
}
