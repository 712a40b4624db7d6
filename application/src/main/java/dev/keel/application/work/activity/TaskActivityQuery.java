package dev.keel.application.work.activity;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.shared.paging.PageRequest;
import dev.keel.domain.work.task.TaskId;

import java.util.Objects;

public record TaskActivityQuery(Actor actor, TaskId taskId, PageRequest page) {

    public TaskActivityQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(page, "page");
    }
}
