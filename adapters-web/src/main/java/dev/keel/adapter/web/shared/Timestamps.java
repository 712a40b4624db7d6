package dev.keel.adapter.web.shared;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** API timestamps: ISO-8601 in UTC with exactly six fraction digits, PostgreSQL's precision. */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static @Nullable String format(@Nullable Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }
}
