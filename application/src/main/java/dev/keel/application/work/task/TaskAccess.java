package dev.keel.application.work.task;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.task.TaskId;
import dev.keel.domain.work.task.TaskNotFoundException;
import dev.keel.domain.work.task.TaskRepository;
import dev.keel.domain.work.task.TaskView;

/** The live task as the caller sees it, refused (403) when their role lacks the permission, 404 when not visible. */
final class TaskAccess {

    private TaskAccess() {
    }

    static TaskView require(TaskRepository tasks, TaskId id, Actor actor, ProjectPermission permission) {
        TaskView view = tasks.findVisibleTo(id, actor.userId(), false).orElseThrow(() -> new TaskNotFoundException(id));
        view.membership().require(permission);
        return view;
    }
}
