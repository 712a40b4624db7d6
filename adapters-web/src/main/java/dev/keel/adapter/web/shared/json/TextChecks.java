package dev.keel.adapter.web.shared.json;

import io.micronaut.core.annotation.Nullable;

/** Text that no field of the API accepts, wherever it comes from (body, query, header). */
public final class TextChecks {

    private TextChecks() {
    }

    /** Why {@code text} is refused, or null when it is acceptable Unicode text. */
    public static @Nullable String problemOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain the NUL character";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must be valid Unicode text (it holds an unpaired surrogate)";
            }
            if (Character.isLowSurrogate(c)) {
                return "must be valid Unicode text (it holds an unpaired surrogate)";
            }
        }
        return null;
    }
}
