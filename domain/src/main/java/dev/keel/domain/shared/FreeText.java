package dev.keel.domain.shared;

/** The rule of a longer free text (a description): at most max characters; line breaks and tabs allowed, other controls not. */
public final class FreeText {

    private FreeText() {
    }

    /** {@code value} unchanged; {@link ValidationException} on {@code field} when it breaks the rule. */
    public static String require(String field, String value, int maxLength) {
        if (value == null) {
            throw ValidationException.of(field, "must not be null");
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw ValidationException.of(field, "must be at most " + maxLength + " characters");
        }
        if (value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw ValidationException.of(field, "must not contain control characters other than line breaks and tabs");
        }
        return value;
    }
}
