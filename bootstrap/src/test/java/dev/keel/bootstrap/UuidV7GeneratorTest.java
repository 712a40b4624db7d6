package dev.keel.bootstrap;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class UuidV7GeneratorTest {

    @Test
    void idsAreVersion7WithTheRfcVariantAndCarryTheMillisecond() {
        long millis = 1_795_000_000_123L;
        UUID id = new UuidV7Generator(() -> millis).newId();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
    }

    @Test
    void idsAreStrictlyIncreasingWithinOneMillisecondAndAcrossCounterOverflow() {
        var generator = new UuidV7Generator(() -> 1_795_000_000_000L);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(generator.newId().toString());
        }
        // Text order is PostgreSQL's uuid order: ids sort the way they were made.
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aClockThatStepsBackDoesNotBreakTheOrder() {
        AtomicLong clock = new AtomicLong(1_795_000_000_500L);
        var generator = new UuidV7Generator(clock::get);
        String before = generator.newId().toString();
        clock.set(1_795_000_000_000L);
        assertThat(generator.newId().toString()).isGreaterThan(before);
    }
}
