package dev.keel.application.work.task;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.task.TaskRepository;
import jakarta.inject.Singleton;

/** MEMBER and above take a label off a task; taking off one it does not carry changes nothing. */
@Singleton
public final class RemoveTaskLabelService implements RemoveTaskLabelUseCase {

    private final TaskRepository tasks;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;

    public RemoveTaskLabelService(TaskRepository tasks, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock) {
        this.tasks = tasks;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public void remove(ChangeTaskLabelCommand command) {
        unitOfWork.write(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            TaskAccess.require(tasks, command.taskId(), command.actor(), ProjectPermission.CHANGE_TASKS);
            tasks.removeLabel(command.taskId(), command.labelId(), clock.now());
            return null;
        });
    }
}
