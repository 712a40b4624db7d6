package dev.keel.bootstrap;

import dev.keel.application.identity.user.PasswordHasher;
import dev.keel.domain.identity.user.Password;
import dev.keel.domain.identity.user.PasswordHash;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Bounds the working memory the password hashes and checks running at once hold: room for {@code concurrentHashes}
 * hashes at the configured settings. On virtual threads nothing else bounds how many run together, so a burst of
 * sign-ups could otherwise exhaust the heap; beyond the core count, more parallel hashing only makes each one slower.
 *
 * <p>A check takes the memory its stored hash names, which may differ from the configured settings: hashes made
 * under larger settings than today's take more of the room, and one larger than all of it runs alone. Waiting
 * callers are served in order, so a large check is not starved by small ones.
 */
final class MemoryBoundedPasswordHasher implements PasswordHasher {

    private final PasswordHasher delegate;
    private final int memoryKibPerHash;
    private final ToIntFunction<PasswordHash> memoryKibToCheck;
    private final int roomKib;
    private final Semaphore freeKib;

    /**
     * @param memoryKibPerHash the working memory of a hash at the configured settings
     * @param memoryKibToCheck the working memory of a check against a stored hash (0 when it needs no hashing)
     */
    MemoryBoundedPasswordHasher(PasswordHasher delegate, int concurrentHashes, int memoryKibPerHash,
                                ToIntFunction<PasswordHash> memoryKibToCheck) {
        if (concurrentHashes < 1) {
            throw new IllegalArgumentException("the hashing concurrency limit must be at least 1, not "
                    + concurrentHashes);
        }
        if (memoryKibPerHash < 1) {
            throw new IllegalArgumentException("a hash's memory must be at least 1 KiB, not " + memoryKibPerHash);
        }
        this.delegate = delegate;
        this.memoryKibPerHash = memoryKibPerHash;
        this.memoryKibToCheck = memoryKibToCheck;
        this.roomKib = Math.multiplyExact(concurrentHashes, memoryKibPerHash);
        this.freeKib = new Semaphore(roomKib, true);
    }

    @Override
    public PasswordHash hash(Password password) {
        return holding(memoryKibPerHash, () -> delegate.hash(password));
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        return holding(memoryKibToCheck.applyAsInt(hash), () -> delegate.matches(password, hash));
    }

    @Override
    public boolean isOutdated(PasswordHash hash) {
        return delegate.isOutdated(hash); // reads the stored settings; nothing to hash
    }

    private <T> T holding(int memoryKib, Supplier<T> work) {
        int held = Math.clamp(memoryKib, 0, roomKib);
        freeKib.acquireUninterruptibly(held);
        try {
            return work.get();
        } finally {
            freeKib.release(held);
        }
    }
}
