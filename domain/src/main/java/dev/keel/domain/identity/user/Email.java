package dev.keel.domain.identity.user;

import dev.keel.domain.shared.ValidationException;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, trimmed and lower-cased, so that equality is case-insensitive. */
public record Email(String value) {

    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART_LENGTH = 64;
    private static final Pattern SHAPE = Pattern.compile("[^\\s@<>]+@[^\\s@.<>]+(\\.[^\\s@.<>]+)+");

    public Email {
        if (value == null || value.isBlank()) {
            throw ValidationException.of("email", "must not be blank");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH) {
            throw ValidationException.of("email", "must be at most " + MAX_LENGTH + " characters");
        }
        if (!SHAPE.matcher(value).matches() || value.indexOf('@') > MAX_LOCAL_PART_LENGTH
                || value.codePoints().anyMatch(Email::isInvisibleOrMarkup)) {
            throw ValidationException.of("email", "must be a valid e-mail address");
        }
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
