package dev.keel.domain.work.project;

import dev.keel.domain.shared.ValidationException;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One column of a board: a name unique on its board (case-insensitively), a position, a done flag and a WIP limit. */
public record BoardColumn(UUID id, String name, int position, boolean isDone, Optional<Integer> wipLimit) {

    public static final int MAX_NAME_LENGTH = 60;

    public BoardColumn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(wipLimit, "wipLimit");
        if (name == null || name.isBlank() || name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            throw ValidationException.of("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative");
        }
        if (wipLimit.isPresent() && wipLimit.get() < 1) {
            throw ValidationException.of("wipLimit", "must be at least 1");
        }
    }
}
