package dev.keel.application.identity.user;

import dev.keel.domain.identity.user.UserId;

import java.util.Objects;

public record FindUserQuery(UserId id) {

    public FindUserQuery {
        Objects.requireNonNull(id, "id");
    }
}
