package dev.keel.domain.work.comment;

import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.paging.SortField;

/** A task's comments are listed oldest first only. */
public enum CommentSortField implements SortField {
    CREATED_AT;

    @Override
    public String apiName() {
        return "createdAt";
    }

    @Override
    public SortDirection defaultDirection() {
        return SortDirection.ASC;
    }
}
