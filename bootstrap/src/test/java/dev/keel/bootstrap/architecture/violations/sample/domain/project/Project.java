package dev.keel.bootstrap.architecture.violations.sample.domain.project;

import java.util.UUID;

/** Compliant: a second aggregate, which the user packages must not reach into. */
public record Project(UUID id, String title) {
}
