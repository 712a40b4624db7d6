package dev.keel.application.user;

import dev.keel.domain.user.User;

public interface UpdateUserUseCase {

    /** The user after the update; unchanged (same version) when no value actually changed. */
    User update(UpdateUserCommand command);
}
