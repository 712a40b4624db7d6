package dev.keel.application.work.project;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.task.Priority;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * A project's task figures, computed by the database. Open: a live task in a column that is not done; done: in a done
 * column; overdue: open with a due date before today (UTC).
 */
public record ProjectStats(long openCount, long doneCount, long overdueCount, List<ColumnCount> byColumn,
                           List<AssigneeCount> byAssignee, List<PriorityCount> byPriority,
                           OptionalDouble averageOpenAgeHours, List<WeekCount> completedPerWeek) {

    public ProjectStats {
        byColumn = List.copyOf(byColumn);
        byAssignee = List.copyOf(byAssignee);
        byPriority = List.copyOf(byPriority);
        Objects.requireNonNull(averageOpenAgeHours, "averageOpenAgeHours");
        completedPerWeek = List.copyOf(completedPerWeek);
    }

    /** Live tasks of a column, in board order of the columns. */
    public record ColumnCount(UUID columnId, String name, long count) {
    }

    /** Open and done tasks of an assignee; an empty assignee stands for the unassigned tasks. */
    public record AssigneeCount(Optional<UserId> assigneeId, Optional<String> name, long open, long done) {
    }

    /** Open tasks of a priority; every priority is listed, in ascending order. */
    public record PriorityCount(Priority priority, long open) {
    }

    /** Tasks completed (now in a done column) during the ISO week starting on Monday {@code weekStart}. */
    public record WeekCount(LocalDate weekStart, long count) {
    }
}
