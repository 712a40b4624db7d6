package dev.keel.domain.work.task;

import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.paging.SortField;

/** The whitelist of fields a task list may be sorted by; a missing due date sorts last in both directions. */
public enum TaskSortField implements SortField {
    CREATED_AT("createdAt", SortDirection.DESC),
    DUE_DATE("dueDate", SortDirection.ASC),
    PRIORITY("priority", SortDirection.DESC),
    UPDATED_AT("updatedAt", SortDirection.DESC);

    private final String apiName;
    private final SortDirection defaultDirection;

    TaskSortField(String apiName, SortDirection defaultDirection) {
        this.apiName = apiName;
        this.defaultDirection = defaultDirection;
    }

    @Override
    public String apiName() {
        return apiName;
    }

    /** Newest first for times, soonest first for due dates, most urgent first for priority. */
    @Override
    public SortDirection defaultDirection() {
        return defaultDirection;
    }
}
