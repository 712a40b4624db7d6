package dev.keel.application.work.project;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.EnumValues;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.work.project.ProjectId;
import dev.keel.domain.work.project.ProjectRole;

import java.util.Objects;

/** Adds {@code userId} to the project with {@code role}, or changes their role. */
public record PutMemberCommand(Actor actor, ProjectId projectId, UserId userId, ProjectRole role) {

    public PutMemberCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    public static PutMemberCommand of(Actor actor, ProjectId projectId, UserId userId, String role) {
        if (role == null) {
            throw ValidationException.of("role", "is required");
        }
        return new PutMemberCommand(actor, projectId, userId, EnumValues.parse(ProjectRole.class, "role", role));
    }
}
