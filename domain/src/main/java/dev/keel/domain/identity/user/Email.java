package dev.keel.domain.identity.user;

import dev.keel.domain.shared.ValidationException;

import java.util.Locale;

/** An e-mail address, trimmed and lower-cased, so that equality is case-insensitive. */
public record Email(String value) {

    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART_LENGTH = 64;

    public Email {
        if (value == null || value.isBlank()) {
            throw ValidationException.of("email", "must not be blank");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH) {
            throw ValidationException.of("email", "must be at most " + MAX_LENGTH + " characters");
        }
        if (!hasAddressShape(value) || hasInvisibleOrMarkup(value)) {
            throw ValidationException.of("email", "must be a valid e-mail address");
        }
    }

    /**
     * {@code local@label.label[.label…]}: one {@code @}, a local part of 1–64 characters, a domain of at least two
     * non-empty dot-separated labels, and no whitespace, {@code <} or {@code >} anywhere. A scan rather than a
     * regular expression: every user read from the database passes through here, and the regex was 6 % of a
     * list page's CPU.
     */
    private static boolean hasAddressShape(String value) {
        int at = value.indexOf('@');
        if (at < 1 || at > MAX_LOCAL_PART_LENGTH || value.indexOf('@', at + 1) >= 0) {
            return false;
        }
        int labels = 0;
        int labelLength = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '<' || c == '>') {
                return false;
            }
            if (i > at) {
                if (c == '.') {
                    if (labelLength == 0) {
                        return false;
                    }
                    labels++;
                    labelLength = 0;
                } else {
                    labelLength++;
                }
            }
        }
        return labelLength > 0 && labels >= 1;
    }

    /** Printable ASCII, nearly every address's every character, is none of these: only the rest is looked up. */
    private static boolean hasInvisibleOrMarkup(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= ' ' && c < '\u007F') {
                continue;
            }
            int codePoint = value.codePointAt(i);
            if (isInvisibleOrMarkup(codePoint)) {
                return true;
            }
            i += Character.charCount(codePoint) - 1;
        }
        return false;
    }

    /**
     * Characters that make an address look like another one or break out of where it is shown: controls,
     * format characters (bidirectional overrides such as U+202E, zero-width spaces and joiners) and unassigned
     * or private-use code points.
     */
    private static boolean isInvisibleOrMarkup(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE,
                 Character.SURROGATE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }
}
