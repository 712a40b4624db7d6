package dev.keel.domain.work.task;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.Lifecycle;
import dev.keel.domain.work.project.ProjectId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A piece of work on a project's board: in one column at a rank. {@code completedAt} is set when the task enters a
 * done column and cleared when it leaves one.
 */
public final class Task {

    private final TaskId id;
    private final ProjectId projectId;
    private UUID columnId;
    private long rank;
    private TaskTitle title;
    private TaskDescription description;
    private Priority priority;
    private UserId assigneeId;
    private LocalDate dueDate;
    private final UserId createdBy;
    private Instant completedAt;
    private final long version;
    private final Lifecycle lifecycle;

    private Task(TaskId id, ProjectId projectId, UUID columnId, long rank, TaskTitle title, TaskDescription description,
                 Priority priority, UserId assigneeId, LocalDate dueDate, UserId createdBy, Instant completedAt,
                 long version, Lifecycle lifecycle) {
        this.id = Objects.requireNonNull(id, "id");
        this.projectId = Objects.requireNonNull(projectId, "projectId");
        this.columnId = Objects.requireNonNull(columnId, "columnId");
        this.rank = rank;
        this.title = Objects.requireNonNull(title, "title");
        this.description = description;
        this.priority = Objects.requireNonNull(priority, "priority");
        this.assigneeId = assigneeId;
        this.dueDate = dueDate;
        this.createdBy = createdBy;
        this.completedAt = completedAt;
        this.version = version;
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    }

    /** A new, live task at version 0, at {@code rank} of column {@code place}. */
    public static Task create(TaskId id, ProjectId projectId, Placement place, TaskTitle title,
                              Optional<TaskDescription> description, Priority priority, Optional<UserId> assignee,
                              Optional<LocalDate> dueDate, UserId createdBy, Instant now) {
        return new Task(id, projectId, place.columnId(), place.rank(), title, description.orElse(null), priority,
                assignee.orElse(null), dueDate.orElse(null), createdBy, place.columnIsDone() ? now : null, 0,
                Lifecycle.startingAt(now));
    }

    /** A task as it was stored; {@code createdBy} empty once that user was removed for good. */
    public static Task rehydrate(TaskId id, ProjectId projectId, UUID columnId, long rank, TaskTitle title,
                                 Optional<TaskDescription> description, Priority priority, Optional<UserId> assignee,
                                 Optional<LocalDate> dueDate, Optional<UserId> createdBy, Optional<Instant> completedAt,
                                 Instant createdAt, Instant updatedAt, long version, Optional<Instant> deletedAt) {
        return new Task(id, projectId, columnId, rank, title, description.orElse(null), priority, assignee.orElse(null),
                dueDate.orElse(null), createdBy.orElse(null), completedAt.orElse(null), version,
                Lifecycle.stored(createdAt, updatedAt, deletedAt.orElse(null)));
    }

    public void retitle(TaskTitle newTitle, Instant now) {
        if (!title.equals(newTitle)) {
            title = newTitle;
            lifecycle.touch(now);
        }
    }

    /** Empty clears the description. */
    public void describe(Optional<TaskDescription> newDescription, Instant now) {
        if (!Objects.equals(description, newDescription.orElse(null))) {
            description = newDescription.orElse(null);
            lifecycle.touch(now);
        }
    }

    public void prioritize(Priority newPriority, Instant now) {
        if (priority != newPriority) {
            priority = newPriority;
            lifecycle.touch(now);
        }
    }

    /** Empty unassigns. Whether the assignee may hold the task (a member) is checked by the caller. */
    public void assign(Optional<UserId> newAssignee, Instant now) {
        if (!Objects.equals(assigneeId, newAssignee.orElse(null))) {
            assigneeId = newAssignee.orElse(null);
            lifecycle.touch(now);
        }
    }

    /** Empty clears the due date. */
    public void scheduleDue(Optional<LocalDate> newDueDate, Instant now) {
        if (!Objects.equals(dueDate, newDueDate.orElse(null))) {
            dueDate = newDueDate.orElse(null);
            lifecycle.touch(now);
        }
    }

    /**
     * Puts the task at a place on the board: a move always counts as a change (its neighbours changed, even when its
     * rank did not). Entering a done column completes the task, leaving one reopens it; moving within a column or
     * between two done columns keeps {@code completedAt}.
     */
    public void moveTo(Placement place, boolean fromDoneColumn, Instant now) {
        if (place.columnIsDone() && !fromDoneColumn) {
            completedAt = now;
        } else if (!place.columnIsDone()) {
            completedAt = null;
        }
        columnId = place.columnId();
        rank = place.rank();
        lifecycle.touch(now);
    }

    public void softDelete(Instant now) {
        lifecycle.softDelete(now);
    }

    public void restore(Instant now) {
        lifecycle.restore(now);
    }

    public boolean hasChanges() {
        return lifecycle.hasChanges();
    }

    public TaskId id() {
        return id;
    }

    public ProjectId projectId() {
        return projectId;
    }

    public UUID columnId() {
        return columnId;
    }

    public long rank() {
        return rank;
    }

    public TaskTitle title() {
        return title;
    }

    public Optional<TaskDescription> description() {
        return Optional.ofNullable(description);
    }

    public Priority priority() {
        return priority;
    }

    public Optional<UserId> assigneeId() {
        return Optional.ofNullable(assigneeId);
    }

    public Optional<LocalDate> dueDate() {
        return Optional.ofNullable(dueDate);
    }

    public Optional<UserId> createdBy() {
        return Optional.ofNullable(createdBy);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Instant createdAt() {
        return lifecycle.createdAt();
    }

    public Instant updatedAt() {
        return lifecycle.updatedAt();
    }

    public long version() {
        return version;
    }

    public Optional<Instant> deletedAt() {
        return lifecycle.deletedAt();
    }

    public boolean isDeleted() {
        return lifecycle.isDeleted();
    }

    @Override
    public String toString() {
        return "Task[id=" + id + ", version=" + version + ", deleted=" + isDeleted() + "]";
    }

    /** A place on the board: a column (and whether it is a done column) and a rank in it. */
    public record Placement(UUID columnId, boolean columnIsDone, long rank) {
        public Placement {
            Objects.requireNonNull(columnId, "columnId");
            if (rank <= 0) {
                throw new IllegalArgumentException("rank must be positive");
            }
        }
    }
}
