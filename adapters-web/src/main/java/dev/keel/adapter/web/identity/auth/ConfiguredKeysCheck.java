package dev.keel.adapter.web.identity.auth;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;

/**
 * Reads the configured token keys while the service starts, so that a key that cannot be read, or a signing key
 * without its id, stops the start with its reason instead of failing every request, readiness checks included, once
 * the service is up. It comes first among the beans made at start, before the data source, whose creation runs
 * Flyway's migrations: a misconfigured key is reported before the database is touched. Without configured keys
 * nothing happens here: the development or per-process key pair is made on first use, as before.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE)
final class ConfiguredKeysCheck {

    ConfiguredKeysCheck(@Value("${keel.auth.jwt.signing-key:}") String signingKey,
                        @Value("${keel.auth.jwt.verification-keys:}") String verificationKeys,
                        BeanProvider<JwtKeys> keys) {
        if (!signingKey.isBlank() || !verificationKeys.isBlank()) {
            keys.get();
        }
    }
}
