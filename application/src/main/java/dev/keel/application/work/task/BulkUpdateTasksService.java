package dev.keel.application.work.task;

import dev.keel.application.work.activity.ActivityAttribution;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.work.label.LabelId;
import dev.keel.domain.work.project.ProjectNotFoundException;
import dev.keel.domain.work.project.ProjectPermission;
import dev.keel.domain.work.project.ProjectRepository;
import dev.keel.domain.work.task.ColumnOccupancy;
import dev.keel.domain.work.task.TaskId;
import dev.keel.domain.work.task.TaskRepository;
import dev.keel.domain.work.task.TaskRepository.BulkChange;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * MEMBER and above change many tasks of a project at once, with set-based statements whatever their number: unknown
 * or deleted tasks are {@code NOT_FOUND}; when the change itself cannot apply (a column of another board, an assignee
 * who is no member, a label of another project) every found task is {@code REFUSED} with the reason; tasks moving into
 * a column are taken in the order given while its WIP limit has room, the others refused. An id given again is
 * {@code REFUSED} as a repeat, once its first place had its result.
 */
@Singleton
public final class BulkUpdateTasksService implements BulkUpdateTasksUseCase {

    private final ProjectRepository projects;
    private final TaskRepository tasks;
    private final UnitOfWork unitOfWork;
    private final ActivityAttribution activity;
    private final Clock clock;

    public BulkUpdateTasksService(ProjectRepository projects, TaskRepository tasks, UnitOfWork unitOfWork, ActivityAttribution activity, Clock clock) {
        this.projects = projects;
        this.tasks = tasks;
        this.unitOfWork = unitOfWork;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public List<Result> update(BulkUpdateTasksCommand command) {
        return unitOfWork.writeRetryingConflicts(() -> {
            activity.attribute(command.actor().userId(), clock.now());
            projects.findLiveVisibleTo(command.projectId(), command.actor().userId())
                    .orElseThrow(() -> new ProjectNotFoundException(command.projectId()))
                    .membership().require(ProjectPermission.CHANGE_TASKS);
            Optional<ColumnOccupancy> target = command.columnId()
                    .flatMap(id -> tasks.lockColumns(command.projectId(), List.of(id)).stream().findFirst());
            Map<TaskId, Integer> firstPlace = new LinkedHashMap<>();
            for (int i = 0; i < command.ids().size(); i++) {
                firstPlace.putIfAbsent(command.ids().get(i), i);
            }
            Map<TaskId, UUID> found = tasks.lockLive(command.projectId(), List.copyOf(firstPlace.keySet()));
            Optional<String> refusal = refusal(command, target);
            List<TaskId> updatable = new ArrayList<>();
            List<Result> results = new ArrayList<>();
            long room = target.flatMap(ColumnOccupancy::wipLimit).map(limit -> limit - target.get().liveTasks()).orElse(Long.MAX_VALUE);
            for (int i = 0; i < command.ids().size(); i++) {
                TaskId id = command.ids().get(i);
                int first = firstPlace.get(id);
                if (first != i) {
                    results.add(new Result(id, Outcome.REFUSED, Optional.of("repeats ids[" + first + "]")));
                } else if (!found.containsKey(id)) {
                    results.add(new Result(id, Outcome.NOT_FOUND, Optional.empty()));
                } else if (refusal.isPresent()) {
                    results.add(new Result(id, Outcome.REFUSED, refusal));
                } else if (target.isPresent() && !found.get(id).equals(target.get().id()) && room-- <= 0) {
                    results.add(new Result(id, Outcome.REFUSED, Optional.of("column \"" + target.get().name() + "\" is at its WIP limit")));
                } else {
                    updatable.add(id);
                    results.add(new Result(id, Outcome.UPDATED, Optional.empty()));
                }
            }
            if (!updatable.isEmpty()) {
                tasks.applyToAll(updatable, new BulkChange(target, command.assigneeId(), command.unassign(), command.priority(),
                        command.addLabelIds(), command.removeLabelIds()), command.actor().userId(), clock.now());
            }
            return results;
        });
    }

    private Optional<String> refusal(BulkUpdateTasksCommand command, Optional<ColumnOccupancy> target) {
        if (command.columnId().isPresent() && target.isEmpty()) {
            return Optional.of("column " + command.columnId().get() + " is not a column of this project's board");
        }
        if (command.assigneeId().filter(assignee -> !tasks.isAssignable(command.projectId(), assignee)).isPresent()) {
            return Optional.of("user " + command.assigneeId().get() + " is not a member of this project");
        }
        Set<LabelId> labels = new HashSet<>(command.addLabelIds());
        labels.addAll(command.removeLabelIds());
        if (!labels.isEmpty()) {
            labels.removeAll(tasks.labelsOf(command.projectId(), labels));
            if (!labels.isEmpty()) {
                return Optional.of("labels " + labels.stream().map(LabelId::toString).sorted().toList() + " are not labels of this project");
            }
        }
        return Optional.empty();
    }
}
