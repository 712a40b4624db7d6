package dev.keel.application.user;

import dev.keel.domain.user.User;

public interface CreateUserUseCase {

    User create(CreateUserCommand command);
}
