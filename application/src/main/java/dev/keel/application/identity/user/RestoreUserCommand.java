package dev.keel.application.identity.user;

import dev.keel.domain.identity.user.UserId;

import java.util.Objects;

public record RestoreUserCommand(UserId id) {

    public RestoreUserCommand {
        Objects.requireNonNull(id, "id");
    }
}
