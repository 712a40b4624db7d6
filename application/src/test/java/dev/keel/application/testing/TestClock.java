package dev.keel.application.testing;

import dev.keel.application.shared.Clock;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A clock that stands still until told to move, at the microsecond precision PostgreSQL keeps. */
public final class TestClock implements Clock {

    public static final Instant START = Instant.parse("2025-06-01T09:30:00.123456789Z");

    private Instant now;

    public TestClock() {
        this(START);
    }

    public TestClock(Instant start) {
        this.now = start.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public Instant now() {
        return now;
    }

    /** Moves the clock on and returns the new time. */
    public Instant advance(Duration by) {
        now = now.plus(by).truncatedTo(ChronoUnit.MICROS);
        return now;
    }
}
