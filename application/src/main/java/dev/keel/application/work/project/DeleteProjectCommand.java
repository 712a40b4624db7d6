package dev.keel.application.work.project;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.work.project.ProjectId;

import java.util.Objects;
import java.util.Optional;

/** Soft delete, or with {@code permanent} removal of the project and everything in it (also of a deleted one). */
public record DeleteProjectCommand(Actor actor, ProjectId id, boolean permanent, Optional<Long> expectedVersion) {

    public DeleteProjectCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
