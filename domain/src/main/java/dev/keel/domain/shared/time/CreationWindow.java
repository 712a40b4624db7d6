package dev.keel.domain.shared.time;

import dev.keel.domain.shared.ValidationException;

import java.time.Instant;
import java.util.Optional;

/** The rule of a list's creation-time filters {@code createdAfter} and {@code createdBefore} (both exclusive). */
public final class CreationWindow {

    private CreationWindow() {
    }

    /** Refuses a window that holds no instant: {@code createdBefore} must be later than {@code createdAfter}. */
    public static void requireOpen(Optional<Instant> createdAfter, Optional<Instant> createdBefore) {
        if (createdAfter.isPresent() && createdBefore.isPresent()
                && !createdAfter.get().isBefore(createdBefore.get())) {
            throw ValidationException.of("createdBefore", "must be later than createdAfter");
        }
    }
}
