package dev.keel.domain.work.label;

import dev.keel.domain.shared.ValidationException;

import java.util.Locale;

/** A colour as {@code #rrggbb}, kept in lower case whatever case it was given in. */
public record LabelColor(String value) {

    public LabelColor {
        if (value == null || value.length() != 7 || value.charAt(0) != '#'
                || !value.substring(1).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw ValidationException.of("color", "must be a colour such as #1f8a70");
        }
        value = value.toLowerCase(Locale.ROOT);
    }
}
