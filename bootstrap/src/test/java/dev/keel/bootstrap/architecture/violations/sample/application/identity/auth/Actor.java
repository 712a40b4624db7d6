package dev.keel.bootstrap.architecture.violations.sample.application.identity.auth;

import java.util.UUID;

/** Not an offender: identity's caller, which other contexts' commands may carry. */
public record Actor(UUID userId) {
}
