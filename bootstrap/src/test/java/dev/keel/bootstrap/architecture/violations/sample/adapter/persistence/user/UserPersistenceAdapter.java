package dev.keel.bootstrap.architecture.violations.sample.adapter.persistence.user;

import dev.keel.bootstrap.architecture.violations.sample.domain.user.User;
import dev.keel.bootstrap.architecture.violations.sample.domain.user.UserRepository;

import java.util.Optional;
import java.util.UUID;

/** Compliant: the public port implementation. */
public final class UserPersistenceAdapter implements UserRepository {

    @Override
    public Optional<User> find(UUID id) {
        return Optional.empty();
    }
}
