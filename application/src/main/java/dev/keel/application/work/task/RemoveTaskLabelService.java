package dev.keel.application.work.task;

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
    private final Clock clock;

    public RemoveTaskLabelService(TaskRepository tasks, UnitOfWork unitOfWork, Clock clock) {
        this.tasks = tasks;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void remove(ChangeTaskLabelCommand command) {
        unitOfWork.write(() -> {
            TaskAccess.require(tasks, command.taskId(), command.actor(), ProjectPermission.CHANGE_TASKS);
            tasks.removeLabel(command.taskId(), command.labelId(), clock.now());
            return null;
        });
    }
}
