package dev.keel.bootstrap;

import dev.keel.application.identity.user.PasswordHasher;
import dev.keel.domain.identity.user.Password;
import dev.keel.domain.identity.user.PasswordHash;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets at most {@code limit} hashes run at once. Each Argon2id hash takes 19 MiB and a core for a while;
 * on virtual threads nothing else bounds how many run together, so a burst of sign-ups could otherwise
 * exhaust memory. Beyond the core count, more parallel hashing only makes each one slower anyway.
 */
final class ConcurrencyLimitedPasswordHasher implements PasswordHasher {

    private final PasswordHasher delegate;
    private final Semaphore permits;

    ConcurrencyLimitedPasswordHasher(PasswordHasher delegate, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the hashing concurrency limit must be at least 1, not " + limit);
        }
        this.delegate = delegate;
        this.permits = new Semaphore(limit, true);
    }

    @Override
    public PasswordHash hash(Password password) {
        return limited(() -> delegate.hash(password));
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        return limited(() -> delegate.matches(password, hash));
    }

    private <T> T limited(Supplier<T> work) {
        permits.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
