package dev.keel.domain.work.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A task as a board shows it, with its rank in its column (the board order). */
public record TaskSummary(TaskId id, String title, Priority priority, Optional<LocalDate> dueDate,
                          Optional<PersonRef> assignee, List<TaskLabel> labels, long rank) {

    public TaskSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(assignee, "assignee");
        labels = List.copyOf(labels);
    }
}
