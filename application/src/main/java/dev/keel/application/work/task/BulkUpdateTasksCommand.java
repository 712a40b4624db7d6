package dev.keel.application.work.task;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.Violations;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.label.LabelId;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.task.Priority;
import dev.keel.domain.work.task.TaskId;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The same change for up to 1,000 tasks of a project: into a column (at its bottom), to an assignee ({@code unassign}
 * clears it), a priority, labels added and removed.
 */
public record BulkUpdateTasksCommand(Actor actor, ProjectId projectId, List<TaskId> ids, Optional<UUID> columnId,
                                     Optional<UserId> assigneeId, boolean unassign, Optional<Priority> priority,
                                     Set<LabelId> addLabelIds, Set<LabelId> removeLabelIds) {

    public static final int MAX_IDS = 1000;

    public BulkUpdateTasksCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        ids = List.copyOf(ids);
        Objects.requireNonNull(columnId, "columnId");
        Objects.requireNonNull(assigneeId, "assigneeId");
        Objects.requireNonNull(priority, "priority");
        addLabelIds = Set.copyOf(addLabelIds);
        removeLabelIds = Set.copyOf(removeLabelIds);
    }

    /**
     * Validates raw input, reporting every bad field at once. The ids stay as given, repeats included: each gets its
     * own result, and the limit counts them all.
     */
    public static BulkUpdateTasksCommand of(Actor actor, ProjectId projectId, List<UUID> ids, UUID columnId, UUID assigneeId,
                                            boolean unassign, String priority, List<UUID> addLabelIds, List<UUID> removeLabelIds) {
        var violations = new Violations();
        if (ids == null || ids.isEmpty() || ids.size() > MAX_IDS) {
            violations.add("ids", "must hold 1 to " + MAX_IDS + " task ids");
        }
        Priority validPriority = TaskFields.priority(violations, "set.priority", priority);
        Set<LabelId> add = labels(addLabelIds);
        Set<LabelId> remove = labels(removeLabelIds);
        if (add.stream().anyMatch(remove::contains)) {
            violations.add("set.removeLabelIds", "must not name a label that addLabelIds adds");
        }
        boolean changesNothing = columnId == null && assigneeId == null && !unassign && validPriority == null
                && add.isEmpty() && remove.isEmpty();
        if (changesNothing && priority == null) {
            violations.add("set", "must change at least one field");
        }
        violations.throwIfAny();
        return new BulkUpdateTasksCommand(actor, projectId, ids.stream().map(TaskId::new).toList(),
                Optional.ofNullable(columnId), Optional.ofNullable(assigneeId).map(UserId::new), unassign,
                Optional.ofNullable(validPriority), add, remove);
    }

    private static Set<LabelId> labels(List<UUID> ids) {
        Set<LabelId> labels = new LinkedHashSet<>();
        if (ids != null) {
            ids.forEach(id -> labels.add(new LabelId(id)));
        }
        return labels;
    }
}
