package dev.keel.adapter.web.work.task;

import dev.keel.adapter.web.shared.query.ListOf;
import dev.keel.adapter.web.shared.query.ListParameters;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.work.task.Priority;
import dev.keel.domain.work.task.TaskSortField;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Introspected
@ListOf(name = "tasks", sortFields = TaskSortField.class, defaultSort = "createdAt")
record TaskListParameters(
        @Nullable @QueryValue @Schema(format = "uuid") UUID columnId,
        @Nullable @QueryValue @Schema(description = "A user's id, or none for unassigned tasks") String assigneeId,
        @Nullable @QueryValue @Schema(description = "Repeatable: tasks carrying all of them") List<UUID> labelId,
        @Nullable @QueryValue @Schema(description = "Repeatable: tasks of any of them") List<Priority> priority,
        @Nullable @QueryValue @Schema(description = "Due before this date (exclusive)") LocalDate dueBefore,
        @Nullable @QueryValue @Schema(description = "Due after this date (exclusive)") LocalDate dueAfter,
        @Nullable @QueryValue @Schema(description = "true: open tasks due before today (UTC)") Boolean overdue,
        @Nullable @QueryValue @Schema(description = "Case-insensitive substring of the title", maxLength = 200) String q,
        @Nullable @QueryValue Deleted deleted,
        @Nullable @QueryValue
        @Schema(description = "createdAt (default, newest first), dueDate (soonest first, none last), priority (most urgent first) or updatedAt; optionally ,asc or ,desc",
                example = "dueDate,asc")
        String sort) implements ListParameters<TaskListParameters> {

    /** The one value of {@code deleted}, spelled as the API spells it: 'only' lists soft-deleted tasks. */
    @Schema(name = "DeletedTasksFilter", description = "'only' lists soft-deleted tasks instead of live ones")
    enum Deleted { only }

    /** These parameters, once the ones the binder cannot check (assigneeId) are checked. */
    @Override
    public TaskListParameters filter() {
        assignee();
        return this;
    }

    /** The assignee filter: empty when absent, a user's id, or empty with {@link #unassigned()}. */
    Optional<UUID> assignee() {
        if (assigneeId == null || assigneeId.equals("none")) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(assigneeId));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("assigneeId", "must be a user's id or none");
        }
    }

    boolean unassigned() {
        return "none".equals(assigneeId);
    }
}
