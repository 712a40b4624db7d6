package dev.keel.bootstrap.architecture.violations.sample.application.user;

import io.micronaut.core.util.StringUtils;

/** Violates CORE_IS_FREE_OF_FRAMEWORKS_AND_ADAPTERS: the application uses Micronaut. */
public final class UserNameNormalizer {

    public String normalize(String name) {
        return StringUtils.isEmpty(name) ? "" : name.strip();
    }
}
