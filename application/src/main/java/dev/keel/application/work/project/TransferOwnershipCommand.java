package dev.keel.application.work.project;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.project.ProjectId;

import java.util.Objects;

public record TransferOwnershipCommand(Actor actor, ProjectId projectId, UserId newOwnerId) {

    public TransferOwnershipCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(newOwnerId, "newOwnerId");
    }
}
