package dev.keel.domain.work.task;

import dev.keel.domain.shared.NotFoundException;

/** Unknown, deleted, or in a project the caller is not a member of: all look the same. */
public final class TaskNotFoundException extends NotFoundException {

    public TaskNotFoundException(TaskId id) {
        super("task", id);
    }
}
