package dev.keel.application.work.task;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.shared.Versioned;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.task.Task;
import dev.keel.domain.work.task.TaskRepository;
import dev.keel.domain.work.task.TaskRuleException;
import dev.keel.domain.work.task.TaskView;
import jakarta.inject.Singleton;

import java.time.Instant;

/** MEMBER and above change a task's fields; an unchanged task is not written (its version stays). */
@Singleton
public final class UpdateTaskService implements UpdateTaskUseCase {

    private final TaskRepository tasks;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;

    public UpdateTaskService(TaskRepository tasks, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock) {
        this.tasks = tasks;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public TaskView update(UpdateTaskCommand command) {
        return unitOfWork.writeRetryingConflicts(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            TaskView view = TaskAccess.require(tasks, command.id(), command.actor(), ProjectPermission.CHANGE_TASKS);
            Task task = view.task();
            Versioned.requireExpected("task", task.id(), command.expectedVersion(), task.version());
            Instant now = clock.now();
            command.title().ifPresent(title -> task.retitle(title, now));
            if (command.description().present()) {
                task.describe(command.description().value(), now);
            }
            command.priority().ifPresent(priority -> task.prioritize(priority, now));
            if (command.assigneeId().present()) {
                command.assigneeId().value()
                        .filter(assignee -> !assignee.equals(task.assigneeId().orElse(null)))
                        .filter(assignee -> !tasks.isAssignable(task.projectId(), assignee))
                        .ifPresent(assignee -> {
                            throw TaskRuleException.assigneeNotMember(assignee);
                        });
                task.assign(command.assigneeId().value(), now);
            }
            if (command.dueDate().present()) {
                task.scheduleDue(command.dueDate().value(), now);
            }
            if (!task.hasChanges()) {
                return view;
            }
            tasks.update(task);
            return tasks.findVisibleTo(task.id(), command.actor().userId(), false).orElseThrow();
        });
    }
}
