package dev.keel.application.work.task;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.IdGenerator;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.label.LabelId;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.ProjectRepository;
import dev.keel.domain.work.task.ColumnOccupancy;
import dev.keel.domain.work.task.Ranks;
import dev.keel.domain.work.task.Task;
import dev.keel.domain.work.task.TaskId;
import dev.keel.domain.work.task.TaskRepository;
import dev.keel.domain.work.task.TaskRuleException;
import dev.keel.domain.work.task.TaskView;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * MEMBER and above create many tasks at once, each at the bottom of its column in the order given, with the same rules
 * as one by one (column, assignee, labels, WIP limits); one refusal creates none. The board's columns are locked for the
 * whole batch; the checks and the inserts are a fixed number of statements whatever the number of tasks.
 */
@Singleton
public final class BatchCreateTasksService implements BatchCreateTasksUseCase {

    private final ProjectRepository projects;
    private final TaskRepository tasks;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;
    private final IdGenerator ids;

    public BatchCreateTasksService(ProjectRepository projects, TaskRepository tasks, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock,
                                   IdGenerator ids) {
        this.projects = projects;
        this.tasks = tasks;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public List<TaskView> create(BatchCreateTasksCommand command) {
        return unitOfWork.write(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            projects.findLiveVisibleTo(command.projectId(), command.actor().userId())
                    .orElseThrow(() -> new ProjectNotFoundException(command.projectId()))
                    .membership().require(ProjectPermission.CHANGE_TASKS);
            Map<UUID, ColumnOccupancy> columns = new LinkedHashMap<>();
            tasks.lockAllColumns(command.projectId()).forEach(column -> columns.put(column.id(), column));
            ColumnOccupancy first = columns.values().stream().min(Comparator.comparingInt(ColumnOccupancy::position))
                    .orElseThrow(() -> new IllegalStateException("project " + command.projectId() + " has no column"));
            requireMembers(command);
            requireLabels(command);
            Instant now = clock.now();
            Map<UUID, Long> added = new HashMap<>();
            Map<UUID, OptionalLong> highest = new HashMap<>();
            List<Task> created = new ArrayList<>();
            Map<TaskId, Set<LabelId>> labels = new HashMap<>();
            for (CreateTaskCommand item : command.items()) {
                ColumnOccupancy column = item.columnId().map(id -> {
                    ColumnOccupancy found = columns.get(id);
                    if (found == null) {
                        throw TaskRuleException.unknownColumn(id);
                    }
                    return found;
                }).orElse(first);
                long rank = Ranks.after(highest.getOrDefault(column.id(), column.highestRank()));
                highest.put(column.id(), OptionalLong.of(rank));
                added.merge(column.id(), 1L, Long::sum);
                Task task = Task.create(new TaskId(ids.newId()), command.projectId(),
                        new Task.Placement(column.id(), column.isDone(), rank), item.title(), item.description(),
                        item.priority(), item.assigneeId(), item.dueDate(), command.actor().userId(), now);
                created.add(task);
                labels.put(task.id(), item.labelIds());
            }
            added.forEach((column, count) -> columns.get(column).requireRoomFor(count));
            tasks.addAll(created, labels);
            return tasks.findAllVisibleTo(created.stream().map(Task::id).toList(), command.actor().userId());
        });
    }

    private void requireMembers(BatchCreateTasksCommand command) {
        Set<UserId> assignees = new HashSet<>();
        command.items().forEach(item -> item.assigneeId().ifPresent(assignees::add));
        if (!assignees.isEmpty()) {
            assignees.removeAll(tasks.assignableAmong(command.projectId(), assignees));
            assignees.stream().findFirst().ifPresent(stranger -> {
                throw TaskRuleException.assigneeNotMember(stranger);
            });
        }
    }

    private void requireLabels(BatchCreateTasksCommand command) {
        Set<LabelId> wanted = new HashSet<>();
        command.items().forEach(item -> wanted.addAll(item.labelIds()));
        if (!wanted.isEmpty()) {
            wanted.removeAll(tasks.labelsOf(command.projectId(), wanted));
            if (!wanted.isEmpty()) {
                throw TaskRuleException.labelsOfAnotherProject(wanted.stream().map(LabelId::toString).sorted().toList());
            }
        }
    }
}
