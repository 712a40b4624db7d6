package dev.keel.domain.work.project;

import dev.keel.domain.shared.NotFoundException;

/** Unknown, deleted, or not visible to the caller (not a member): all look the same. */
public final class ProjectNotFoundException extends NotFoundException {

    public ProjectNotFoundException(ProjectId id) {
        super("project", id);
    }
}
