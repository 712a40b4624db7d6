package dev.keel.adapter.web.identity.auth;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;

/**
 * Reads the configured token keys while the service starts, so that a key that cannot be read, or a signing key
 * without its id, stops the start with its reason instead of failing every request, readiness checks included, once
 * the service is up. Without configured keys nothing happens here: the development or per-process key pair is made
 * on first use, as before.
 */
@Context
final class ConfiguredKeysCheck {

    ConfiguredKeysCheck(@Value("${keel.auth.jwt.signing-key:}") String signingKey,
                        @Value("${keel.auth.jwt.verification-keys:}") String verificationKeys,
                        BeanProvider<JwtKeys> keys) {
        if (!signingKey.isBlank() || !verificationKeys.isBlank()) {
            keys.get();
        }
    }
}
