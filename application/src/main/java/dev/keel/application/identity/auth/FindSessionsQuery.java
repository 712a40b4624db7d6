package dev.keel.application.identity.auth;

import java.util.Objects;

/** The actor's own active sessions. */
public record FindSessionsQuery(Actor actor) {

    public FindSessionsQuery {
        Objects.requireNonNull(actor, "actor");
    }
}
