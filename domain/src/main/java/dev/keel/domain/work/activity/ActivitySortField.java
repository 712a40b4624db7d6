package dev.keel.domain.work.activity;

import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.paging.SortField;

/** A history is listed newest first only. */
public enum ActivitySortField implements SortField {
    AT;

    @Override
    public String apiName() {
        return "at";
    }

    @Override
    public SortDirection defaultDirection() {
        return SortDirection.DESC;
    }
}
