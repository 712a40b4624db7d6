package dev.keel.domain.work.project;

import dev.keel.domain.identity.user.UserId;

import java.time.Instant;
import java.util.Objects;

/** A member as a project's member list shows them: with the name and e-mail their user has now. */
public record ProjectMember(UserId userId, String name, String email, ProjectRole role, Instant addedAt) {

    public ProjectMember {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(addedAt, "addedAt");
    }
}
