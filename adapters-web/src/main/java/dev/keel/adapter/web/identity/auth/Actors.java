package dev.keel.adapter.web.identity.auth;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.identity.session.SessionId;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.shared.UnauthenticatedException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.util.Optional;
import java.util.UUID;

/** The actor an access token proved ({@link AccessTokenValidator} built the authentication). */
public final class Actors {

    private Actors() {
    }

    /** The signed-in actor; only reachable on routes that require authentication. */
    public static Actor of(@Nullable Authentication authentication) {
        return optional(authentication)
                .orElseThrow(() -> new UnauthenticatedException("this resource requires a valid access token"));
    }

    /** The actor, or empty for an anonymous request (sign-up). */
    public static Optional<Actor> optional(@Nullable Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        Object session = authentication.getAttributes().get(JwtAccessTokenIssuer.SESSION_CLAIM);
        if (authentication.getRoles().size() != 1 || session == null) {
            // Not an authentication AccessTokenValidator made: refuse rather than guess.
            throw new UnauthenticatedException("the access token does not name a role and a session");
        }
        Role role = Role.valueOf(authentication.getRoles().iterator().next());
        return Optional.of(new Actor(new UserId(UUID.fromString(authentication.getName())), role,
                new SessionId(UUID.fromString(String.valueOf(session)))));
    }
}
