package dev.keel.application.testing;

import dev.keel.application.identity.auth.AccessTokenIssuer;
import dev.keel.application.identity.auth.Actor;

import java.time.Instant;

/** Access tokens that spell out what a real one would carry, for assertions. */
public final class FakeAccessTokenIssuer implements AccessTokenIssuer {

    @Override
    public String issue(Actor actor, Instant issuedAt, Instant expiresAt) {
        return "access:" + actor.userId() + ":" + actor.role() + ":" + actor.sessionId() + ":" + expiresAt;
    }
}
