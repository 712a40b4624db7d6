package dev.keel.domain.work.document;

import dev.keel.domain.shared.DisplayText;

/** A document's title: trimmed, 1 to 200 characters, no control characters. */
public record DocumentTitle(String value) {

    public static final int MAX_LENGTH = 200;

    public DocumentTitle {
        value = DisplayText.require("title", value, MAX_LENGTH);
    }
}
