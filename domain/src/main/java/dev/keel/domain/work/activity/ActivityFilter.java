package dev.keel.domain.work.activity;

import dev.keel.domain.identity.user.UserId;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Which entries of a project's history a list shows: all, or those about one kind or one entity, or by one actor. */
public record ActivityFilter(Optional<ActivityEntityType> entityType, Optional<UUID> entityId, Optional<UserId> actorId) {

    public ActivityFilter {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(actorId, "actorId");
    }
}
