package dev.keel.bootstrap;

import dev.keel.application.shared.IdGenerator;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then randomness. Within one millisecond the 12-bit
 * {@code rand_a} field counts up from a random start (RFC 9562 section 6.2, method 1), so ids from this
 * generator are strictly increasing; a counter overflow borrows the next millisecond.
 */
final class UuidV7Generator implements IdGenerator {

    private static final int COUNTER_BITS = 12;
    private static final int COUNTER_MAX = (1 << COUNTER_BITS) - 1;

    private final LongSupplier epochMillis;
    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private int counter;

    UuidV7Generator(LongSupplier epochMillis) {
        this.epochMillis = epochMillis;
    }

    @Override
    public synchronized UUID newId() {
        long millis = epochMillis.getAsLong();
        if (millis > lastMillis) {
            lastMillis = millis;
            counter = random.nextInt(COUNTER_MAX / 2); // leave headroom for ids in the same millisecond
        } else if (counter < COUNTER_MAX) {
            counter++;
        } else {
            lastMillis++;
            counter = 0;
        }
        long mostSignificant = (lastMillis << 16) | (0x7L << 12) | counter;
        long leastSignificant = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
