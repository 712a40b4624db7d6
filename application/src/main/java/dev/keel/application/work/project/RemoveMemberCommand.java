package dev.keel.application.work.project;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.work.project.ProjectId;

import java.util.Objects;

public record RemoveMemberCommand(Actor actor, ProjectId projectId, UserId userId) {

    public RemoveMemberCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(userId, "userId");
    }
}
