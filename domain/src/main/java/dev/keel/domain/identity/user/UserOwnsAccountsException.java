package dev.keel.domain.identity.user;

import dev.keel.domain.shared.ConflictException;

/**
 * A user who still owns ledger accounts, open or closed, is not removed for good: the accounts would be left without
 * an owner, which is what a system account looks like, and their money and history would no longer be the user's.
 */
public final class UserOwnsAccountsException extends ConflictException {

    public UserOwnsAccountsException() {
        super("user-owns-accounts", "User owns accounts",
                "the user still owns ledger accounts (open or closed), and an account never changes owner: delete the"
                        + " user without permanent=true, which keeps the accounts theirs");
    }
}
