package dev.keel.application.work.task;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.Violations;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.label.LabelId;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.task.Priority;
import dev.keel.domain.work.task.TaskDescription;
import dev.keel.domain.work.task.TaskTitle;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A new task; an empty column means the board's first column. */
public record CreateTaskCommand(Actor actor, ProjectId projectId, TaskTitle title, Optional<TaskDescription> description,
                                Optional<UUID> columnId, Priority priority, Optional<UserId> assigneeId,
                                Optional<LocalDate> dueDate, Set<LabelId> labelIds) {

    /** More labels than any board needs on one task. */
    public static final int MAX_LABELS = 50;

    public CreateTaskCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(columnId, "columnId");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(assigneeId, "assigneeId");
        Objects.requireNonNull(dueDate, "dueDate");
        labelIds = Set.copyOf(labelIds);
    }

    /** Validates raw input, reporting every bad field at once; null means absent (priority: MEDIUM). */
    public static CreateTaskCommand of(Actor actor, ProjectId projectId, String title, String description, UUID columnId,
                                       String priority, UUID assigneeId, LocalDate dueDate, List<UUID> labelIds) {
        var violations = new Violations();
        TaskTitle validTitle = violations.check(() -> new TaskTitle(title));
        TaskDescription validDescription = violations.checkIfPresent(description, TaskDescription::new);
        Priority validPriority = TaskFields.priority(violations, priority);
        Set<LabelId> labels = new LinkedHashSet<>();
        if (labelIds != null) {
            labelIds.forEach(id -> labels.add(new LabelId(id)));
            if (labels.size() > MAX_LABELS) {
                violations.add("labelIds", "must hold at most " + MAX_LABELS + " labels");
            }
        }
        violations.throwIfAny();
        return new CreateTaskCommand(actor, projectId, validTitle, Optional.ofNullable(validDescription),
                Optional.ofNullable(columnId), validPriority == null ? Priority.MEDIUM : validPriority,
                Optional.ofNullable(assigneeId).map(UserId::new), Optional.ofNullable(dueDate), labels);
    }
}
