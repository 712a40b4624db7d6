package dev.keel.application.identity.user;

import dev.keel.domain.identity.user.Password;
import dev.keel.domain.identity.user.PasswordHash;

/** Turns passwords into slow, salted hashes and checks passwords against them. */
public interface PasswordHasher {

    PasswordHash hash(Password password);

    boolean matches(Password password, PasswordHash hash);
}
