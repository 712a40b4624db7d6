package dev.keel.bootstrap.architecture.violations.sample.domain.shared;

import dev.keel.bootstrap.architecture.violations.sample.domain.identity.user.User;

/** Breaks IDENTITY_AND_SHARED_USE_NO_OTHER_CONTEXT: the shared kernel knows identity's user. */
public record Audit(User by) {
}
