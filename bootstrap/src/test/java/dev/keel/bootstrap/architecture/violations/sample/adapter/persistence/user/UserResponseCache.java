package dev.keel.bootstrap.architecture.violations.sample.adapter.persistence.user;

import dev.keel.bootstrap.architecture.violations.sample.adapter.web.user.UserResponse;

/** Violates ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER: the persistence adapter sees a web DTO. */
final class UserResponseCache {

    private UserResponse last;

    void remember(UserResponse response) {
        last = response;
    }

    UserResponse last() {
        return last;
    }
}
