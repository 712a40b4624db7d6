package dev.keel.domain.shared.time;

import java.time.Instant;

/**
 * The instants Keel accepts from clients: years 0001 to 9999 in UTC. PostgreSQL's {@code timestamptz} holds a wider
 * range (4713 BC to 294276 AD), but {@link Instant} reaches further still, and an instant beyond the column's range
 * made a statement fail; four-digit years also keep every timestamp the API writes in one ISO-8601 shape.
 */
public final class StorableInstants {

    public static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999999Z");
    /** The message for an instant outside the range, for the field that carries it. */
    public static final String OUT_OF_RANGE = "must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999Z";

    private StorableInstants() {
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(MIN) && !instant.isAfter(MAX);
    }
}
