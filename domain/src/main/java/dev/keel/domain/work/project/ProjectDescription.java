package dev.keel.domain.work.project;

import dev.keel.domain.shared.ValidationException;

/** Free text about a project: at most 2,000 characters (line breaks and tabs allowed, other controls not). */
public record ProjectDescription(String value) {

    public static final int MAX_LENGTH = 2000;

    public ProjectDescription {
        if (value == null) {
            throw ValidationException.of("description", "must not be null");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw ValidationException.of("description", "must be at most " + MAX_LENGTH + " characters");
        }
        if (value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw ValidationException.of("description", "must not contain control characters other than line breaks and tabs");
        }
    }
}
