package dev.keel.adapter.web.work.notification;

import dev.keel.adapter.web.shared.query.ListOf;
import dev.keel.adapter.web.shared.query.ListParameters;
import dev.keel.domain.work.notification.NotificationSortField;
import io.micronaut.core.annotation.Introspected;

/** A notification list has no filters and one order, newest first: only the paging parameters. */
@Introspected
@ListOf(name = "notifications", sortFields = NotificationSortField.class, defaultSort = "createdAt")
record NotificationListParameters() implements ListParameters<Object> {

    @Override
    public Object filter() {
        return Boolean.TRUE;
    }
}
