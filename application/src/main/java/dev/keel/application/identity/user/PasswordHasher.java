package dev.keel.application.identity.user;

import dev.keel.domain.identity.user.Password;
import dev.keel.domain.identity.user.PasswordHash;

/** Turns passwords into slow, salted hashes and checks passwords against them. */
public interface PasswordHasher {

    PasswordHash hash(Password password);

    boolean matches(Password password, PasswordHash hash);

    /**
     * Whether a stored hash was made under other settings than today's: once its password has matched, a hash of it
     * under the current settings should take its place.
     */
    boolean isOutdated(PasswordHash hash);
}
