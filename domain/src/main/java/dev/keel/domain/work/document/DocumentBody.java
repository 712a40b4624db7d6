package dev.keel.domain.work.document;

import dev.keel.domain.shared.FreeText;

/** A document's text: at most 100,000 characters (line breaks and tabs allowed, other controls not). */
public record DocumentBody(String value) {

    public static final int MAX_LENGTH = 100_000;

    public DocumentBody {
        value = FreeText.require("body", value, MAX_LENGTH);
    }
}
