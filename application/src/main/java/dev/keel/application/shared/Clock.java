package dev.keel.application.shared;

import java.time.Instant;

/** The current time, at the microsecond precision that PostgreSQL stores. */
public interface Clock {

    Instant now();
}
