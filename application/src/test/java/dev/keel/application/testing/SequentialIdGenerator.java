package dev.keel.application.testing;

import dev.keel.application.shared.IdGenerator;

import java.util.UUID;

/** Hands out 00000000-0000-7000-8000-000000000001, ...0002, and so on. */
public final class SequentialIdGenerator implements IdGenerator {

    private long next = 1;

    @Override
    public UUID newId() {
        return nth(next++);
    }

    public static UUID nth(long n) {
        return new UUID(0x7000L, 0x8000_0000_0000_0000L | n);
    }
}
