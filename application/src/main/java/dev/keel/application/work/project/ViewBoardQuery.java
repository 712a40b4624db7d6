package dev.keel.application.work.project;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.work.project.ProjectId;

import java.util.Objects;

/** A project's board with up to {@code tasksPerColumn} (1–100) tasks per column. */
public record ViewBoardQuery(Actor actor, ProjectId projectId, int tasksPerColumn) {

    public static final int DEFAULT_TASKS_PER_COLUMN = 20;
    public static final int MAX_TASKS_PER_COLUMN = 100;

    public ViewBoardQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        if (tasksPerColumn < 1 || tasksPerColumn > MAX_TASKS_PER_COLUMN) {
            throw ValidationException.of("tasksPerColumn", "must be between 1 and " + MAX_TASKS_PER_COLUMN);
        }
    }
}
