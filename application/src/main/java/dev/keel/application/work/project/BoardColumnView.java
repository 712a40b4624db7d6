package dev.keel.application.work.project;

import dev.keel.domain.work.task.TaskSummary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A column of a board: its settings, its live task count, its first tasks, and whether more tasks follow them. */
public record BoardColumnView(UUID id, String name, int position, boolean isDone, Optional<Integer> wipLimit,
                              long taskCount, List<TaskSummary> tasks, boolean hasMore) {

    public BoardColumnView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(wipLimit, "wipLimit");
        tasks = List.copyOf(tasks);
    }
}
