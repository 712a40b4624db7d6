package dev.keel.bootstrap.architecture.violations.sample.application.user;

import java.util.UUID;

/** Compliant: a query record. */
public record FindUserQuery(UUID id) {
}
