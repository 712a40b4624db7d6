package dev.keel.domain.work.document;

import dev.keel.domain.shared.paging.SortDirection;

import java.util.Objects;

/** A sort order for document lists; ties are broken by id in the same direction. */
public record DocumentSort(DocumentSortField field, SortDirection direction) {

    public DocumentSort {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(direction, "direction");
    }
}
