package dev.keel.application.identity.user;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.identity.user.UserId;

import java.util.Objects;
import java.util.Optional;

/** Soft delete by default; {@code permanent} removes the row, also of an already soft-deleted user. */
public record DeleteUserCommand(Actor actor, UserId id, boolean permanent, Optional<Long> expectedVersion) {

    public DeleteUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
