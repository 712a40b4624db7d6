package dev.keel.domain.work.project;

import java.util.Objects;

/** A project as one member sees it: the project, the caller's own membership of it, and its task counts. */
public record ProjectView(Project project, Membership membership, TaskCounts taskCounts) {

    public ProjectView {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(taskCounts, "taskCounts");
        if (!membership.projectId().equals(project.id())) {
            throw new IllegalArgumentException("the membership belongs to another project");
        }
    }

    /** A project without tasks, such as a new one. */
    public ProjectView(Project project, Membership membership) {
        this(project, membership, TaskCounts.NONE);
    }

    /** The same view of the project after a change that leaves its tasks alone. */
    public ProjectView with(Project changed) {
        return new ProjectView(changed, membership, taskCounts);
    }

    /** A soft-deleted project is visible to its owner only: to any other member it is as gone as to everyone else. */
    public ProjectView requireVisible() {
        if (project.isDeleted() && membership.role() != ProjectRole.OWNER) {
            throw new ProjectNotFoundException(project.id());
        }
        return this;
    }
}
