package dev.keel.domain.shared;

import java.util.Optional;

/** Checks an optional expected version (optimistic concurrency from the caller's side). */
public final class Versioned {

    private Versioned() {
    }

    public static void requireExpected(String resource, Object id, Optional<Long> expected, long actual) {
        expected.filter(e -> e != actual).ifPresent(e -> {
            throw new VersionMismatchException(resource, id, e, actual);
        });
    }
}
