package dev.keel.domain.identity.user;

import dev.keel.domain.shared.BusinessRuleViolationException;

/** The change would leave no active administrator. */
public final class LastAdministratorException extends BusinessRuleViolationException {

    public LastAdministratorException() {
        super("last-administrator", "The last active administrator must stay",
                "this user is the last active administrator: make another user an active ADMIN first");
    }
}
