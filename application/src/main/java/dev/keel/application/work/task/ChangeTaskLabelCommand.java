package dev.keel.application.work.task;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.work.label.LabelId;
import dev.keel.domain.work.task.TaskId;

import java.util.Objects;

/** Puts a label on a task, or takes it off. */
public record ChangeTaskLabelCommand(Actor actor, TaskId taskId, LabelId labelId) {

    public ChangeTaskLabelCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(labelId, "labelId");
    }
}
