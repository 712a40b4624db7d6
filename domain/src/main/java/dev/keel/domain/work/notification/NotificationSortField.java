package dev.keel.domain.work.notification;

import dev.keel.domain.shared.paging.SortDirection;
import dev.keel.domain.shared.paging.SortField;

/** Notifications are listed newest first only. */
public enum NotificationSortField implements SortField {
    CREATED_AT;

    @Override
    public String apiName() {
        return "createdAt";
    }

    @Override
    public SortDirection defaultDirection() {
        return SortDirection.DESC;
    }
}
