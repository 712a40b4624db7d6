package dev.keel.domain.work.project;

import java.util.Objects;

/** A project as one member sees it: the project and the caller's own membership of it. */
public record ProjectView(Project project, Membership membership) {

    public ProjectView {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(membership, "membership");
        if (!membership.projectId().equals(project.id())) {
            throw new IllegalArgumentException("the membership belongs to another project");
        }
    }

    /** A soft-deleted project is visible to its owner only: to any other member it is as gone as to everyone else. */
    public ProjectView requireVisible() {
        if (project.isDeleted() && membership.role() != ProjectRole.OWNER) {
            throw new ProjectNotFoundException(project.id());
        }
        return this;
    }
}
