package dev.keel.application.identity.auth;

import dev.keel.domain.identity.session.SessionId;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.UserId;

import java.util.Objects;

/**
 * Who makes a request: a signed-in user, with the role their access token was issued with and the session it
 * belongs to. It reaches use cases as part of their commands, never through a static or thread-local.
 */
public record Actor(UserId userId, Role role, SessionId sessionId) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(sessionId, "sessionId");
    }

    public boolean isAdministrator() {
        return role == Role.ADMIN;
    }

    public boolean is(UserId user) {
        return userId.equals(user);
    }
}
