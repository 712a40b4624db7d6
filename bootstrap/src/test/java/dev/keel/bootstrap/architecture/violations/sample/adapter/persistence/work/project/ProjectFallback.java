package dev.keel.bootstrap.architecture.violations.sample.adapter.persistence.work.project;

import dev.keel.bootstrap.architecture.violations.sample.bootstrap.InMemoryProjectRepository;

/** Breaks ONLY_BOOTSTRAP_DEPENDS_ON_BOOTSTRAP: an adapter depends on bootstrap. */
final class ProjectFallback {

    InMemoryProjectRepository repository;
}
