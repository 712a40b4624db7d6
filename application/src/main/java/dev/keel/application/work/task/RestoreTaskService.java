package dev.keel.application.work.task;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.task.Task;
import dev.keel.domain.work.task.TaskNotFoundException;
import dev.keel.domain.work.task.TaskRepository;
import dev.keel.domain.work.task.TaskView;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * MEMBER and above bring a deleted task back to its place (it kept its column and rank); its column's WIP limit
 * applies as to a new task. A live task is returned unchanged.
 */
@Singleton
public final class RestoreTaskService implements RestoreTaskUseCase {

    private final TaskRepository tasks;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;

    public RestoreTaskService(TaskRepository tasks, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock) {
        this.tasks = tasks;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public TaskView restore(RestoreTaskCommand command) {
        return unitOfWork.writeRetryingConflicts(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            TaskView view = tasks.findVisibleTo(command.id(), command.actor().userId(), true)
                    .orElseThrow(() -> new TaskNotFoundException(command.id()));
            view.membership().require(ProjectPermission.CHANGE_TASKS);
            Task task = view.task();
            if (!task.isDeleted()) {
                return view;
            }
            tasks.lockColumns(task.projectId(), List.of(task.columnId())).forEach(column -> column.requireRoomForOneMore());
            task.restore(clock.now());
            tasks.update(task);
            return tasks.findVisibleTo(task.id(), command.actor().userId(), false).orElseThrow();
        });
    }
}
