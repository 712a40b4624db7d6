package dev.keel.domain.identity.user;

import dev.keel.domain.shared.DisplayText;

/** A display name: trimmed, 1 to 100 characters, no control characters. */
public record UserName(String value) {

    public static final int MAX_LENGTH = 100;

    public UserName {
        value = DisplayText.require("name", value, MAX_LENGTH);
    }
}
