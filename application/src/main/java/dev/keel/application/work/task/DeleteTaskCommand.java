package dev.keel.application.work.task;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.work.task.TaskId;

import java.util.Objects;
import java.util.Optional;

/** Soft delete, or with {@code permanent} removal of the task (also of a deleted one). */
public record DeleteTaskCommand(Actor actor, TaskId id, boolean permanent, Optional<Long> expectedVersion) {

    public DeleteTaskCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
