package dev.keel.domain.identity.user;

import dev.keel.domain.shared.ValidationException;

/** A display name: trimmed, 1 to 100 characters, no control characters. */
public record UserName(String value) {

    public static final int MAX_LENGTH = 100;

    public UserName {
        if (value == null) {
            throw ValidationException.of("name", "must not be blank");
        }
        value = value.strip();
        int length = value.codePointCount(0, value.length());
        if (length == 0) {
            throw ValidationException.of("name", "must not be blank");
        }
        if (length > MAX_LENGTH) {
            throw ValidationException.of("name", "must be at most " + MAX_LENGTH + " characters");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw ValidationException.of("name", "must not contain control characters");
        }
    }
}
