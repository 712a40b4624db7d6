package dev.keel.domain.work.project;

import dev.keel.domain.shared.paging.SortDirection;

import java.util.Objects;

/** A sort order for project lists; ties are broken by id in the same direction. */
public record ProjectSort(ProjectSortField field, SortDirection direction) {

    public ProjectSort {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(direction, "direction");
    }
}
