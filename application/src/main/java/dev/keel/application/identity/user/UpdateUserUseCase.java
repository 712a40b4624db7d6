package dev.keel.application.identity.user;

import dev.keel.domain.identity.user.User;

public interface UpdateUserUseCase {

    /** The user after the update; unchanged (same version) when no value actually changed. */
    User update(UpdateUserCommand command);
}
