package dev.keel.application.work.task;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.Versioned;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.task.Task;
import dev.keel.domain.work.task.TaskNotFoundException;
import dev.keel.domain.work.task.TaskRepository;
import dev.keel.domain.work.task.TaskView;
import jakarta.inject.Singleton;

/**
 * MEMBER and above soft-delete a task; removing one for good is ADMIN's or OWNER's (MANAGE_BOARD), also of a deleted
 * task. A second soft delete is a 404, as for any deleted resource.
 */
@Singleton
public final class DeleteTaskService implements DeleteTaskUseCase {

    private final TaskRepository tasks;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;

    public DeleteTaskService(TaskRepository tasks, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock) {
        this.tasks = tasks;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public void delete(DeleteTaskCommand command) {
        unitOfWork.writeRetryingConflicts(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            TaskView view = tasks.findVisibleTo(command.id(), command.actor().userId(), command.permanent())
                    .orElseThrow(() -> new TaskNotFoundException(command.id()));
            view.membership().require(command.permanent() ? ProjectPermission.MANAGE_BOARD : ProjectPermission.CHANGE_TASKS);
            Task task = view.task();
            Versioned.requireExpected("task", task.id(), command.expectedVersion(), task.version());
            if (command.permanent()) {
                tasks.remove(task);
            } else {
                task.softDelete(clock.now());
                tasks.update(task);
            }
            return null;
        });
    }
}
