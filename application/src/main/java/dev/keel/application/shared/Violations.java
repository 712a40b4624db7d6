package dev.keel.application.shared;

import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the violations of several values so that a client hears about all bad fields at once,
 * not only the first one.
 */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    /** The value {@code parse} builds, or null after recording why it could not be built. */
    public <T> T check(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (ValidationException e) {
            found.addAll(e.violations());
            return null;
        }
    }

    /** Like {@link #check} for a value that may be absent: null in, null out. */
    public <R, T> T checkIfPresent(R raw, java.util.function.Function<R, T> parse) {
        return raw == null ? null : check(() -> parse.apply(raw));
    }

    public void add(String field, String message) {
        found.add(new FieldViolation(field, message));
    }

    /** Every violation recorded so far, in order. */
    public List<FieldViolation> all() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
