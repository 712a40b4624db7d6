package dev.keel.domain.work.activity;

import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.task.PersonRef;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One change in a project's history: who (empty when unknown or removed for good), what, which fields went from what
 * to what ({@code {"title": {"from": "a", "to": "b"}}}; long or private texts only {@code {"changed": true}}), when.
 */
public record ActivityEntry(UUID id, ProjectId projectId, Optional<PersonRef> actor, ActivityEntityType entityType,
                            UUID entityId, ActivityAction action, Map<String, Object> changes, Instant at) {

    public ActivityEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(action, "action");
        changes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changes));
        Objects.requireNonNull(at, "at");
    }
}
