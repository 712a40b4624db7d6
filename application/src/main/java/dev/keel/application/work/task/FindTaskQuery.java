package dev.keel.application.work.task;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.work.task.TaskId;

import java.util.Objects;

public record FindTaskQuery(Actor actor, TaskId id) {

    public FindTaskQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
    }
}
