package dev.keel.bootstrap.architecture.violations.sample.adapter.persistence.work.project;

import dev.keel.bootstrap.architecture.violations.sample.adapter.web.work.project.ProjectResponse;

/** Breaks ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER: the persistence adapter sees a web response. */
final class ProjectResponseCache {

    ProjectResponse last;
}
