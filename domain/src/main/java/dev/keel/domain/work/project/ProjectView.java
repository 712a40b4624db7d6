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
}
