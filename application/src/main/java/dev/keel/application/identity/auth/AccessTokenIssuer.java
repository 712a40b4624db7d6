package dev.keel.application.identity.auth;

import java.time.Instant;

/** Signs access tokens: short-lived, self-contained proofs of who the actor is (no lookup per request). */
public interface AccessTokenIssuer {

    /** A token for {@code actor}, valid from {@code issuedAt} until {@code expiresAt}. */
    String issue(Actor actor, Instant issuedAt, Instant expiresAt);
}
