package dev.keel.application.work.task;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.Change;
import dev.keel.application.shared.Violations;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.task.Priority;
import dev.keel.domain.work.task.TaskDescription;
import dev.keel.domain.work.task.TaskId;
import dev.keel.domain.work.task.TaskTitle;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A merge patch of a task: an empty field stays as it is, a {@link Change#clear()} removes an optional value.
 */
public record UpdateTaskCommand(Actor actor, TaskId id, Optional<Long> expectedVersion, Optional<TaskTitle> title,
                                Change<TaskDescription> description, Optional<Priority> priority,
                                Change<UserId> assigneeId, Change<LocalDate> dueDate) {

    public UpdateTaskCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(assigneeId, "assigneeId");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    /**
     * Validates raw input (null meaning "leave as it is"; the clear flags mean "remove"), reporting every bad field at once.
     */
    public static UpdateTaskCommand of(Actor actor, TaskId id, Long expectedVersion, String title, String description,
                                       boolean clearDescription, String priority, UUID assigneeId, boolean clearAssignee,
                                       LocalDate dueDate, boolean clearDueDate) {
        var violations = new Violations();
        TaskTitle validTitle = violations.checkIfPresent(title, TaskTitle::new);
        TaskDescription validDescription = violations.checkIfPresent(description, TaskDescription::new);
        Priority validPriority = TaskFields.priority(violations, priority);
        violations.throwIfAny();
        return new UpdateTaskCommand(actor, id, Optional.ofNullable(expectedVersion), Optional.ofNullable(validTitle),
                Change.of(validDescription, clearDescription), Optional.ofNullable(validPriority),
                Change.of(assigneeId == null ? null : new UserId(assigneeId), clearAssignee),
                Change.of(dueDate, clearDueDate));
    }
}
