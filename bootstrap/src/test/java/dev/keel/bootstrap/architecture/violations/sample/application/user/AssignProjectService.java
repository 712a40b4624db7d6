package dev.keel.bootstrap.architecture.violations.sample.application.user;

import dev.keel.bootstrap.architecture.violations.sample.domain.project.Project;
import dev.keel.bootstrap.architecture.violations.sample.domain.shared.DomainException;
import dev.keel.bootstrap.architecture.violations.sample.domain.user.User;

/** Violates ONE_PACKAGE_PER_AGGREGATE: the user package reaches into the project aggregate's domain package. */
public final class AssignProjectService {

    public void assign(User user, Project project) {
        if (project.title().isBlank()) {
            throw new DomainException("project " + project.id() + " has no title, cannot assign " + user.id());
        }
    }
}
