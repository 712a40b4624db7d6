package dev.keel.domain.work.task;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.work.label.LabelId;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which tasks of a project a list shows. Every given filter must hold: in the column, assigned to the user (or to nobody
 * with {@code unassigned}), carrying all the labels, of one of the priorities, due before / after (exclusive), overdue
 * (open and due before {@code today}), the text in the title (any case); deleted tasks instead of live ones with
 * {@code deletedOnly}.
 */
public record TaskFilter(Optional<UUID> columnId, Optional<UserId> assigneeId, boolean unassigned, Set<LabelId> labelIds,
                         Set<Priority> priorities, Optional<LocalDate> dueBefore, Optional<LocalDate> dueAfter,
                         boolean overdue, LocalDate today, Optional<String> text, boolean deletedOnly) {

    public static final int MAX_TEXT_LENGTH = 200;

    public TaskFilter {
        Objects.requireNonNull(columnId, "columnId");
        Objects.requireNonNull(assigneeId, "assigneeId");
        labelIds = Set.copyOf(labelIds);
        priorities = Set.copyOf(priorities);
        Objects.requireNonNull(dueBefore, "dueBefore");
        Objects.requireNonNull(dueAfter, "dueAfter");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(text, "text");
        if (unassigned && assigneeId.isPresent()) {
            throw new IllegalArgumentException("a task list is filtered by one assignee or by none");
        }
        if (text.filter(t -> t.length() > MAX_TEXT_LENGTH).isPresent()) {
            throw ValidationException.of("q", "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
    }
}
