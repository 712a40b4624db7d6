package dev.keel.adapter.web.work.activity;

import dev.keel.adapter.web.shared.query.ListOf;
import dev.keel.adapter.web.shared.query.ListParameters;
import dev.keel.domain.work.activity.ActivitySortField;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.media.Schema;

/** A task's history has no filters and one order, newest first: only the paging parameters. */
@Introspected
@ListOf(name = "task-activity", sortFields = ActivitySortField.class, defaultSort = "at")
record TaskActivityParameters(@Nullable @QueryValue @Schema(description = "at (newest first, the only order)") String sort) implements ListParameters<TaskActivityParameters> {

    @Override
    public TaskActivityParameters filter() {
        return this;
    }
}
