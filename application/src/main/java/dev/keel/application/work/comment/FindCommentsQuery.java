package dev.keel.application.work.comment;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.work.task.TaskId;

import java.util.Objects;

public record FindCommentsQuery(Actor actor, TaskId taskId, PageRequest page) {

    public FindCommentsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(page, "page");
    }
}
