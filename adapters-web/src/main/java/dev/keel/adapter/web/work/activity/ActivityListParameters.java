package dev.keel.adapter.web.work.activity;

import dev.keel.adapter.web.shared.query.ListOf;
import dev.keel.adapter.web.shared.query.ListParameters;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.work.activity.ActivityEntityType;
import dev.keel.domain.work.activity.ActivityFilter;
import dev.keel.domain.work.activity.ActivitySortField;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

@Introspected
@ListOf(name = "activity", sortFields = ActivitySortField.class, defaultSort = "at")
record ActivityListParameters(
        @Nullable @QueryValue
        @Schema(allowableValues = {"project", "member", "column", "task", "comment", "document"}) String entityType,
        @Nullable @QueryValue @Schema(format = "uuid", description = "Entries about this entity (for a member: the user's id)") UUID entityId,
        @Nullable @QueryValue @Schema(format = "uuid", description = "Entries of changes this user made") UUID actorId,
        @Nullable @QueryValue @Schema(description = "at (newest first, the only order)") String sort) implements ListParameters<ActivityFilter> {

    @Override
    public ActivityFilter filter() {
        return new ActivityFilter(Optional.ofNullable(entityType).map(ActivityListParameters::type),
                Optional.ofNullable(entityId), Optional.ofNullable(actorId).map(UserId::new));
    }

    private static ActivityEntityType type(String name) {
        return Arrays.stream(ActivityEntityType.values()).filter(type -> type.apiName().equals(name)).findFirst()
                .orElseThrow(() -> ValidationException.of("entityType", "must be one of project, member, column, task, comment, document"));
    }
}
