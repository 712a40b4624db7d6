package dev.keel.application.identity.user;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.identity.user.UserId;

import java.util.Objects;

/** Any signed-in actor reads any live user. */
public record FindUserQuery(Actor actor, UserId id) {

    public FindUserQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
    }
}
