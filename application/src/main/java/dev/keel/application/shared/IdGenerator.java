package dev.keel.application.shared;

import java.util.UUID;

/** New identifiers: time-ordered UUIDv7 in production, so that new rows land at the end of the index. */
public interface IdGenerator {

    UUID newId();
}
