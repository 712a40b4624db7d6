package dev.keel.application.work.project;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.work.project.ProjectId;

import java.util.Objects;

public record RestoreProjectCommand(Actor actor, ProjectId id) {

    public RestoreProjectCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
    }
}
