package dev.keel.domain.work.project;

import dev.keel.domain.identity.user.UserId;

import java.time.Instant;
import java.util.Objects;

/** A user's place in a project: their role and since when they have been a member. */
public record Membership(ProjectId projectId, UserId userId, ProjectRole role, Instant addedAt) {

    public Membership {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(addedAt, "addedAt");
    }

    /**
     * Refuses what the role does not permit: {@link ProjectActionForbiddenException} (403), for a member can see the
     * project. Someone who is not a member never gets a membership, and so never this far (404).
     */
    public void require(ProjectPermission permission) {
        if (!role.permits(permission)) {
            throw new ProjectActionForbiddenException(role, permission);
        }
    }
}
