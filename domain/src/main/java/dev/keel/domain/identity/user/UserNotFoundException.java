package dev.keel.domain.identity.user;

import dev.keel.domain.shared.NotFoundException;

public final class UserNotFoundException extends NotFoundException {

    public UserNotFoundException(UserId id) {
        super("user", id);
    }
}
