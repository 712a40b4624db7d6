package dev.keel.domain.shared;

/** The rule of a short display text (a user's name, a project's name): trimmed, 1 to max characters, no controls. */
public final class DisplayText {

    private DisplayText() {
    }

    /** {@code value} stripped; {@link ValidationException} on {@code field} when it is not a valid display text. */
    public static String require(String field, String value, int maxLength) {
        if (value == null) {
            throw ValidationException.of(field, "must not be blank");
        }
        String stripped = value.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length == 0) {
            throw ValidationException.of(field, "must not be blank");
        }
        if (length > maxLength) {
            throw ValidationException.of(field, "must be at most " + maxLength + " characters");
        }
        if (hasControlCharacter(stripped)) {
            throw ValidationException.of(field, "must not contain control characters");
        }
        return stripped;
    }

    /** The ISO controls (U+0000–U+001F, U+007F–U+009F) are single chars, never half of a surrogate pair. */
    private static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
