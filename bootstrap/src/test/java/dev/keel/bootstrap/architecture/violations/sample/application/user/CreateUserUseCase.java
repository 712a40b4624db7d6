package dev.keel.bootstrap.architecture.violations.sample.application.user;

import dev.keel.bootstrap.architecture.violations.sample.domain.user.User;

/** Compliant: an incoming port. */
public interface CreateUserUseCase {

    User create(CreateUserCommand command);
}
