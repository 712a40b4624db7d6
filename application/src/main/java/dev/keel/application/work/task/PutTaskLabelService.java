package dev.keel.application.work.task;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.task.TaskRepository;
import dev.keel.domain.work.task.TaskRuleException;
import dev.keel.domain.work.task.TaskView;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/**
 * MEMBER and above put a label of the task's project on a task; putting it twice changes nothing (the task's version
 * advances only when the label is new to it).
 */
@Singleton
public final class PutTaskLabelService implements PutTaskLabelUseCase {

    private final TaskRepository tasks;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;

    public PutTaskLabelService(TaskRepository tasks, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock) {
        this.tasks = tasks;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public void put(ChangeTaskLabelCommand command) {
        unitOfWork.write(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            TaskView view = TaskAccess.require(tasks, command.taskId(), command.actor(), ProjectPermission.CHANGE_TASKS);
            if (tasks.labelsOf(view.task().projectId(), Set.of(command.labelId())).isEmpty()) {
                throw TaskRuleException.labelsOfAnotherProject(List.of(command.labelId().toString()));
            }
            tasks.addLabel(view.task().id(), command.labelId(), command.actor().userId(), clock.now());
            return null;
        });
    }
}
