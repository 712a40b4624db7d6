package dev.keel.domain.identity.user;

import dev.keel.domain.shared.ValidationException;

/** A plain-text password on its way to the hasher. Never printed, never stored. */
public final class Password {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private final String value;

    public Password(String value) {
        if (value == null) {
            throw ValidationException.of("password", "must not be blank");
        }
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw ValidationException.of("password",
                    "must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters");
        }
        this.value = value;
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "Password[****]";
    }
}
