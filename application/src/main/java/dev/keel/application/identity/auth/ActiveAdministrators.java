package dev.keel.application.identity.auth;

import dev.keel.domain.identity.user.UserId;

/**
 * Whether a user is an administrator now: a live, active ADMIN in the store, not merely by the role an access token
 * was issued with (up to 15 minutes before). What an administrator-only change of another context confirms inside
 * its unit of work; reads trust the token.
 */
public interface ActiveAdministrators {

    /**
     * Call inside a unit of work. When the user is one, their row stays locked against changes (FOR SHARE) until the
     * unit of work ends, so a concurrent demotion is ordered after it.
     */
    boolean confirm(UserId user);
}
