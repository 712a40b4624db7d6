package dev.keel.domain.work.project;

import dev.keel.domain.shared.ValidationException;

import java.util.Objects;
import java.util.Optional;

/**
 * Which of the caller's projects a list shows: a name holding the text (any case) or looking like it (trigram word
 * similarity, so that a typo still finds it), a least number of open tasks, and live projects (default) or the caller's
 * own deleted ones.
 */
public record ProjectFilter(Optional<String> text, Optional<Integer> minOpenTasks, boolean deletedOnly) {

    public static final int MAX_TEXT_LENGTH = 100;

    public ProjectFilter {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(minOpenTasks, "minOpenTasks");
        if (text.filter(t -> t.length() > MAX_TEXT_LENGTH).isPresent()) {
            throw ValidationException.of("q", "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        if (minOpenTasks.filter(min -> min < 0).isPresent()) {
            throw ValidationException.of("minOpenTasks", "must not be negative");
        }
    }
}
