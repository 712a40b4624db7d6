package dev.keel.application.identity.auth;

import dev.keel.domain.identity.session.SessionId;

import java.util.Objects;

/** Ends one of the actor's own sessions. */
public record RevokeSessionCommand(Actor actor, SessionId session) {

    public RevokeSessionCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(session, "session");
    }
}
