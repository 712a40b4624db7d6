package dev.keel.bootstrap;

import dev.keel.application.shared.Clock;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Wall-clock time truncated to microseconds, so that what we hold equals what PostgreSQL gives back. */
final class SystemClock implements Clock {

    private final java.time.Clock source;

    SystemClock(java.time.Clock source) {
        this.source = source;
    }

    @Override
    public Instant now() {
        return source.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
