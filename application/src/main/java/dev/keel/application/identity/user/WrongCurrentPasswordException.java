package dev.keel.application.identity.user;

import dev.keel.domain.shared.BusinessRuleViolationException;

/** A password change whose currentPassword is not the user's password. */
public final class WrongCurrentPasswordException extends BusinessRuleViolationException {

    public WrongCurrentPasswordException() {
        super("wrong-current-password", "Current password is wrong",
                "currentPassword is not the user's password; the password was not changed");
    }
}
