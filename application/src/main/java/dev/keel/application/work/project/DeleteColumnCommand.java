package dev.keel.application.work.project;

import dev.keel.application.identity.auth.Actor;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Deletes a column; its live tasks, if any, go to {@code moveTasksTo}. */
public record DeleteColumnCommand(Actor actor, UUID columnId, Optional<UUID> moveTasksTo, Optional<Long> expectedVersion) {

    public DeleteColumnCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(columnId, "columnId");
        Objects.requireNonNull(moveTasksTo, "moveTasksTo");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
