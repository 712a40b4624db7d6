package dev.keel.bootstrap.architecture.violations.sample.application.user;

import dev.keel.bootstrap.architecture.violations.sample.adapter.web.user.UserResponse;

/** Violates CORE_DOES_NOT_DEPEND_ON_ADAPTERS: the application sees a web DTO. */
public final class UserCsvExport {

    public String line(UserResponse response) {
        return response.getId() + "," + response.getName();
    }
}
