package dev.keel.application.work.project;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.shared.ValidationException;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;

/** The next tasks of a column in board order, after the rank {@code after} (empty: from the top). */
public record ColumnTasksQuery(Actor actor, UUID columnId, OptionalLong after, int limit) {

    public ColumnTasksQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(columnId, "columnId");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > ViewBoardQuery.MAX_TASKS_PER_COLUMN) {
            throw ValidationException.of("limit", "must be between 1 and " + ViewBoardQuery.MAX_TASKS_PER_COLUMN);
        }
    }
}
