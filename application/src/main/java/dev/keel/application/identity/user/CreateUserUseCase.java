package dev.keel.application.identity.user;

import dev.keel.domain.identity.user.User;

public interface CreateUserUseCase {

    User create(CreateUserCommand command);
}
