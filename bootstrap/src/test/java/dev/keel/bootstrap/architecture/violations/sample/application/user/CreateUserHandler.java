package dev.keel.bootstrap.architecture.violations.sample.application.user;

import dev.keel.bootstrap.architecture.violations.sample.domain.user.User;

import java.util.UUID;

/** Violates USE_CASE_IMPLEMENTATIONS_ARE_SERVICES: implements a *UseCase but is not named *Service. */
public final class CreateUserHandler implements CreateUserUseCase {

    @Override
    public User create(CreateUserCommand command) {
        return new User(UUID.randomUUID(), command.name());
    }
}
