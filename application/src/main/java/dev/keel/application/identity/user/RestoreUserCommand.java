package dev.keel.application.identity.user;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.identity.user.UserId;

import java.util.Objects;

public record RestoreUserCommand(Actor actor, UserId id) {

    public RestoreUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
    }
}
