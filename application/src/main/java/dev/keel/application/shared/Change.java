package dev.keel.application.shared;

import java.util.Objects;
import java.util.Optional;

/** One optional field of a merge patch: left alone, set to a value, or cleared. */
public record Change<T>(boolean present, Optional<T> value) {

    public Change {
        Objects.requireNonNull(value, "value");
        if (!present && value.isPresent()) {
            throw new IllegalArgumentException("an absent change has no value");
        }
    }

    public static <T> Change<T> of(T value, boolean clear) {
        if (clear && value != null) {
            throw new IllegalArgumentException("a field is either set or cleared");
        }
        return new Change<>(clear || value != null, Optional.ofNullable(value));
    }

    public boolean clear() {
        return present && value.isEmpty();
    }
}
