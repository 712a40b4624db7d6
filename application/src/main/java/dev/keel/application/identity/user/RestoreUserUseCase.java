package dev.keel.application.identity.user;

import dev.keel.domain.identity.user.User;

public interface RestoreUserUseCase {

    /**
     * Brings a soft-deleted user back (a live one is returned as it is). {@code EmailAlreadyTakenException}
     * when a live user took the e-mail in the meantime.
     */
    User restore(RestoreUserCommand command);
}
