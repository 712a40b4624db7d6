package dev.keel.bootstrap.architecture.violations.sample.application.user;

import dev.keel.bootstrap.architecture.violations.sample.domain.shared.DomainException;
import dev.keel.bootstrap.architecture.violations.sample.domain.user.User;

import java.util.UUID;

/** Compliant: the use case implementation, named *Service, using its own and the shared domain packages. */
public final class CreateUserService implements CreateUserUseCase {

    @Override
    public User create(CreateUserCommand command) {
        if (command.name().isBlank()) {
            throw new DomainException("name is blank");
        }
        return new User(UUID.randomUUID(), command.name());
    }
}
