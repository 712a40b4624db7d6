package dev.keel.domain.work.comment;

import dev.keel.domain.shared.FreeText;
import dev.keel.domain.shared.ValidationException;

/** A comment's text: 1 to 10,000 characters, not blank; line breaks and tabs allowed, other controls not. */
public record CommentBody(String value) {

    public static final int MAX_LENGTH = 10_000;

    public CommentBody {
        value = FreeText.require("body", value, MAX_LENGTH);
        if (value.isBlank()) {
            throw ValidationException.of("body", "must not be blank");
        }
    }
}
