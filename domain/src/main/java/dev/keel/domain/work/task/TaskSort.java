package dev.keel.domain.work.task;

import dev.keel.domain.shared.paging.SortDirection;

import java.util.Objects;

/** A sort order for task lists; ties are broken by id in the same direction. */
public record TaskSort(TaskSortField field, SortDirection direction) {

    public TaskSort {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(direction, "direction");
    }
}
