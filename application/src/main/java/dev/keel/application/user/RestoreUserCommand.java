package dev.keel.application.user;

import dev.keel.domain.user.UserId;

import java.util.Objects;

public record RestoreUserCommand(UserId id) {

    public RestoreUserCommand {
        Objects.requireNonNull(id, "id");
    }
}
