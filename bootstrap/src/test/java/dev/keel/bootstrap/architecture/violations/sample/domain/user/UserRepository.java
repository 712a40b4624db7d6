package dev.keel.bootstrap.architecture.violations.sample.domain.user;

import java.util.Optional;
import java.util.UUID;

/** Compliant: the repository port of the sample aggregate. */
public interface UserRepository {

    Optional<User> find(UUID id);
}
