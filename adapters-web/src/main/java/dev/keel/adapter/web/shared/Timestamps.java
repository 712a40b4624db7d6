package dev.keel.adapter.web.shared;

import dev.keel.domain.shared.time.MicrosecondTimestamps;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** API timestamps: ISO-8601 in UTC with exactly six fraction digits, PostgreSQL's precision. */
public final class Timestamps {

    private Timestamps() {
    }

    public static @Nullable String format(@Nullable Instant instant) {
        return instant == null ? null : MicrosecondTimestamps.format(instant);
    }
}
