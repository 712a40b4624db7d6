package dev.keel.application.work.task;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.work.task.TaskId;

import java.util.Objects;

public record RestoreTaskCommand(Actor actor, TaskId id) {

    public RestoreTaskCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
    }
}
