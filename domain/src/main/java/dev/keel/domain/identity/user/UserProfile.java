package dev.keel.domain.identity.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a reader of a user sees: every field of the {@link User} but its credentials. Reads that only show users
 * (a user by id, the caller, lists) load this, so the password hash is neither fetched nor held for them;
 * changes load the aggregate.
 */
public record UserProfile(UserId id, Email email, UserName name, Role role, UserStatus status, Instant createdAt,
                          Instant updatedAt, long version, Optional<Instant> deletedAt) {

    public UserProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(deletedAt, "deletedAt");
    }

    /** Like {@link User#toString()}: no personal data in logs. */
    @Override
    public String toString() {
        return "UserProfile[id=" + id + ", version=" + version + ", deleted=" + deletedAt.isPresent() + "]";
    }
}
