package dev.keel.bootstrap.architecture.violations.sample.domain.user;

import java.util.UUID;

/** Compliant: an aggregate of the sample domain. */
public record User(UUID id, String name) {
}
