package dev.keel.application.user;

import dev.keel.domain.user.UserId;

import java.util.Objects;

public record FindUserQuery(UserId id) {

    public FindUserQuery {
        Objects.requireNonNull(id, "id");
    }
}
