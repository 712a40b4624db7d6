package dev.keel.domain.work.document;

import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.paging.SortField;

/** The orders of a project's documents: newest first by default, or by title. */
public enum DocumentSortField implements SortField {
    CREATED_AT("createdAt", SortDirection.DESC),
    TITLE("title", SortDirection.ASC);

    private final String apiName;
    private final SortDirection defaultDirection;

    DocumentSortField(String apiName, SortDirection defaultDirection) {
        this.apiName = apiName;
        this.defaultDirection = defaultDirection;
    }

    @Override
    public String apiName() {
        return apiName;
    }

    @Override
    public SortDirection defaultDirection() {
        return defaultDirection;
    }
}
