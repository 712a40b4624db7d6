package dev.keel.application.work.task;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.IdGenerator;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.label.LabelId;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.ProjectRepository;
import dev.keel.domain.work.task.ColumnOccupancy;
import dev.keel.domain.work.task.Task;
import dev.keel.domain.work.task.TaskId;
import dev.keel.domain.work.task.TaskRepository;
import dev.keel.domain.work.task.TaskRuleException;
import dev.keel.domain.work.task.TaskView;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** MEMBER and above add a task at the bottom of a column (default: the first), under that column's lock. */
@Singleton
public final class CreateTaskService implements CreateTaskUseCase {

    private final ProjectRepository projects;
    private final TaskRepository tasks;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;
    private final IdGenerator ids;

    public CreateTaskService(ProjectRepository projects, TaskRepository tasks, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock,
                             IdGenerator ids) {
        this.projects = projects;
        this.tasks = tasks;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public TaskView create(CreateTaskCommand command) {
        TaskId id = new TaskId(ids.newId());
        return unitOfWork.write(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            var view = projects.findLiveVisibleTo(command.projectId(), command.actor().userId())
                    .orElseThrow(() -> new ProjectNotFoundException(command.projectId()));
            view.membership().require(ProjectPermission.CHANGE_TASKS);
            ColumnOccupancy column = command.columnId()
                    .map(columnId -> tasks.lockColumns(command.projectId(), List.of(columnId)).stream().findFirst()
                            .orElseThrow(() -> TaskRuleException.unknownColumn(columnId)))
                    .orElseGet(() -> tasks.lockFirstColumn(command.projectId())
                            .orElseThrow(() -> new IllegalStateException("project " + command.projectId() + " has no column")));
            column.requireRoomForOneMore();
            command.assigneeId().filter(assignee -> !tasks.isAssignable(command.projectId(), assignee))
                    .ifPresent(assignee -> {
                        throw TaskRuleException.assigneeNotMember(assignee);
                    });
            requireLabelsOfProject(command);
            Task task = Task.create(id, command.projectId(),
                    new Task.Placement(column.id(), column.isDone(), column.bottomRank()), command.title(),
                    command.description(), command.priority(), command.assigneeId(), command.dueDate(),
                    command.actor().userId(), clock.now());
            tasks.add(task, command.labelIds());
            return tasks.findVisibleTo(id, command.actor().userId(), false).orElseThrow();
        });
    }

    private void requireLabelsOfProject(CreateTaskCommand command) {
        if (command.labelIds().isEmpty()) {
            return;
        }
        Set<LabelId> missing = new HashSet<>(command.labelIds());
        missing.removeAll(tasks.labelsOf(command.projectId(), command.labelIds()));
        if (!missing.isEmpty()) {
            throw TaskRuleException.labelsOfAnotherProject(missing.stream().map(LabelId::toString).sorted().toList());
        }
    }
}
